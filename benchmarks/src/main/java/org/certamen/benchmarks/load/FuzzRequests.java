package org.certamen.benchmarks.load;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Makes requests the server must refuse, or answer without changing anything. Every request
 * carries at least one fault that no valid client would send: a token that does not open the
 * resource, a body that is not what the field types say, an id that is not the session's, a
 * method the path does not have, an unknown route, another candidate's question, or what the HTTP
 * layer refuses (forms, multipart, bad escapes, oversized heads). A body is never valid together
 * with a token that may change state.
 */
final class FuzzRequests {
  /** A request to send, with the family of its fault. */
  record FuzzRequest(String family, String operation, HttpMethod method, String path,
      String authorization, Buffer body, String contentType) {
  }

  private static final String LONG_TEXT = "é".repeat(2001);
  private static final List<String> NOT_OBJECTS = List.of("", " ", "null", "[]", "[1,2]", "123",
      "\"texte\"", "true", "{", "{\"a\":", "}{", "\u0000{}", "NaN");
  /**
   * Bodies a lenient parser may read as an object without the operation's fields: faults only
   * for operations with required fields (an empty heartbeat, for one, is valid).
   */
  private static final List<String> ODD_OBJECTS = List.of("{\"a\":1,}", "{'a':1}",
      "{\"a\":1e99999}", "\uFEFF{\"a\":1}", "{\"a\":1}{\"b\":2}");
  private static final List<String> HOSTILE_IDS = List.of("0", "-1", "00000000000000000000000000000000",
      "..%2F..%2Fapi%2Fsessions", "%2e%2e", "%00", "a".repeat(3000), "%C3%A9l%C3%A8ve",
      "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%27%20OR%201%3D1%20--", "%7B%7D", "null", "undefined",
      "%F0%9F%98%80", "9999999999999999999999", "*", "%2A");

  /** One request in this many goes to a route the API does not have. */
  private static final int UNKNOWN_ROUTE_EVERY = 20;

  private final FuzzFixture fixture;
  private final List<ApiOperation> operations;
  private final Random random;

  FuzzRequests(FuzzFixture fixture, List<ApiOperation> operations, long seed) {
    this.fixture = fixture;
    this.operations = operations;
    this.random = new Random(seed);
  }

  /** The {@code index}-th request: operations in turn, a fault family drawn for each. */
  FuzzRequest next(int index) {
    if (index % UNKNOWN_ROUTE_EVERY == UNKNOWN_ROUTE_EVERY - 1) {
      return unknownRoute();
    }
    // Count only the requests to operations, so that every operation takes its turn whatever
    // their number (with index % size, a multiple of 20 operations would skip some for good).
    int turn = index - (index + 1) / UNKNOWN_ROUTE_EVERY;
    ApiOperation operation = operations.get(turn % operations.size());
    List<String> families = new ArrayList<>(List.of("method"));
    if (operation.secured()) {
      families.add("token");
    }
    if (operation.hasBody()) {
      families.add("body");
      families.add("body");
    }
    if (operation.hasPathParameters()) {
      families.add("path");
    }
    if (hasHostileCase(operation)) {
      families.add("hostile");
    }
    families.add("edge");
    return switch (families.get(random.nextInt(families.size()))) {
      case "edge" -> edge(operation);
      case "token" -> wrongToken(operation);
      case "body" -> badBody(operation);
      case "path" -> foreignPath(operation);
      case "hostile" -> hostile(operation);
      default -> wrongMethod(operation);
    };
  }

  private FuzzRequest wrongToken(ApiOperation operation) {
    List<String> headers = new ArrayList<>(List.of("Bearer", "Bearer ", "Basic YWRtaW46YWRtaW4=",
        "Bearer " + "x".repeat(5000), "Bearer " + fixture.staffToken + "x", "bearer\tjunk",
        "Bearer " + fixture.a1.token().substring(0, fixture.a1.token().length() - 1),
        "Bearer " + fixture.roomB.sessionId() + "." + "A".repeat(32), "Bearer null", "Bearer ' OR 1=1"));
    headers.add(null);
    if (operation.isCandidates()) {
      headers.addAll(List.of(ApiClient.bearer(fixture.staffToken),
          ApiClient.bearer(fixture.roomA.invigilatorToken()), ApiClient.bearer(fixture.roomB.invigilatorToken())));
    } else if (operation.isStaffOnly()) {
      headers.addAll(List.of(ApiClient.bearer(fixture.roomA.invigilatorToken()),
          ApiClient.bearer(fixture.a1.token()), ApiClient.bearer(fixture.b1.token())));
    } else {
      headers.addAll(List.of(ApiClient.bearer(fixture.roomB.invigilatorToken()),
          ApiClient.bearer(fixture.a1.token()), ApiClient.bearer(fixture.a2.token()),
          ApiClient.bearer(fixture.b1.token())));
    }
    return request("token", operation, HttpMethod.valueOf(operation.method()), path(operation, null, null),
        pick(headers), operation.hasBody() ? template(operation).toBuffer() : null);
  }

  private FuzzRequest badBody(ApiOperation operation) {
    Buffer body;
    int shape = random.nextInt(10);
    if (shape == 0) {
      List<String> raw = new ArrayList<>(NOT_OBJECTS);
      if (!operation.required().isEmpty()) {
        raw.addAll(ODD_OBJECTS);
      }
      body = Buffer.buffer(pick(raw));
    } else if (shape == 1) {
      body = nonJson();
    } else if (shape == 2 && !operation.required().isEmpty()) {
      JsonObject missing = template(operation);
      missing.remove(pick(operation.required()));
      body = missing.toBuffer();
    } else {
      body = mutated(operation).toBuffer();
    }
    return request("body", operation, HttpMethod.valueOf(operation.method()), path(operation, null, null),
        ApiClient.bearer(rightfulToken(operation)), body);
  }

  private FuzzRequest foreignPath(ApiOperation operation) {
    String parameter = pick(parameters(operation));
    List<String> ids = new ArrayList<>(HOSTILE_IDS);
    ids.add(Long.toHexString(random.nextLong()));
    if (parameter.equals("candidateId")) {
      ids.add(fixture.b1.candidateId());
    }
    return request("path", operation, HttpMethod.valueOf(operation.method()),
        path(operation, parameter, pick(ids)), ApiClient.bearer(rightfulToken(operation)),
        operation.hasBody() ? template(operation).toBuffer() : null);
  }

  private FuzzRequest wrongMethod(ApiOperation operation) {
    List<HttpMethod> others = new ArrayList<>(List.of(HttpMethod.PUT, HttpMethod.DELETE,
        HttpMethod.PATCH, HttpMethod.GET, HttpMethod.POST));
    others.removeIf(method -> operations.stream().anyMatch(o -> o.path().equals(operation.path())
        && o.method().equals(method.name())));
    return request("method", operation, pick(others), path(operation, null, null),
        ApiClient.bearer(rightfulToken(operation)), Buffer.buffer("{}"));
  }

  private boolean hasHostileCase(ApiOperation operation) {
    return List.of("/api/me/exam/answers", "/api/me/exam/alerts", "/api/candidate-sessions",
        "/api/invigilator-sessions").contains(operation.path());
  }

  /** Another candidate's question, a question already answered, another session's secrets. */
  private FuzzRequest hostile(ApiOperation operation) {
    String a1Question = fixture.currentQuestion(fixture.a1);
    String b1Question = fixture.currentQuestion(fixture.b1);
    JsonObject body;
    String token = null;
    switch (operation.path()) {
      case "/api/me/exam/answers" -> {
        int variant = random.nextInt(4);
        SimulatedCandidate sender = variant == 0 ? fixture.b1 : variant == 3 ? fixture.a2 : fixture.a1;
        token = sender.token();
        String question = variant == 0 || variant == 3 ? a1Question
            : variant == 1 ? b1Question : fixture.a1AnsweredQuestion;
        body = new JsonObject().put("questionId", notOnScreenOf(sender, question)).put("value", "1");
      }
      case "/api/me/exam/alerts" -> {
        SimulatedCandidate sender = random.nextBoolean() ? fixture.a1 : fixture.b1;
        token = sender.token();
        body = new JsonObject().put("kind", "QUESTION")
            .put("questionId", notOnScreenOf(sender, sender == fixture.a1 ? b1Question : a1Question))
            .put("reason", "<img src=x onerror=alert(1)>");
      }
      case "/api/candidate-sessions" -> body = new JsonObject()
          .put("sessionId", fixture.roomB.sessionId()).put("lastName", "Candidat")
          .put("firstName", "Zoé").put("birthdate", "2010-01-01");
      default -> body = new JsonObject().put("sessionId", fixture.roomB.sessionId())
          .put("password", fixture.roomA.invigilatorPassword());
    }
    return request("hostile", operation, HttpMethod.POST, operation.path(), ApiClient.bearer(token),
        body.toBuffer());
  }

  /**
   * The question, unless it happens to be on the sender's own screen (two candidates may well be
   * shown the same item): then an id of no item, so that the request stays one to refuse.
   */
  private String notOnScreenOf(SimulatedCandidate sender, String question) {
    JsonObject state = sender.state();
    JsonObject onScreen = state == null ? null : state.getJsonObject("question");
    return onScreen != null && question.equals(onScreen.getString("id")) ? "rec-not-on-screen" : question;
  }

  /**
   * What the HTTP layer itself must refuse, as problems: a form or multipart body, text that is
   * not JSON, a malformed %-escape, a head over the limits (a 20 KB header, a 10 KB URI).
   */
  FuzzRequest edge(ApiOperation operation) {
    HttpMethod method = HttpMethod.valueOf(operation.method());
    String path = path(operation, null, null);
    String token = ApiClient.bearer(rightfulToken(operation));
    return switch (random.nextInt(6)) {
      case 0 -> new FuzzRequest("form", operation.name(), method, path, token,
          Buffer.buffer("lastName=" + "a".repeat(3000) + "&firstName=Zo%C3%A9&birthdate=2010-01-01"),
          "application/x-www-form-urlencoded");
      case 1 -> new FuzzRequest("multipart", operation.name(), method, path, token,
          Buffer.buffer("--fuzz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n"
              + "Content-Type: text/csv\r\n\r\n" + "Nom;Prénom\r\n".repeat(300) + "\r\n--fuzz--\r\n"),
          "multipart/form-data; boundary=fuzz");
      case 2 -> new FuzzRequest("not-json", operation.name(), method, path, token,
          Buffer.buffer("{\"a\": 1}"), pick(List.of("text/plain", "application/xml", "text/csv")));
      case 3 -> new FuzzRequest("escape", operation.name(), method,
          pick(List.of(path + "%ZZ", path.replace("/api/", "/api/%G1/"), path + "/%", path + "%C3%28")),
          token, null, null);
      case 4 -> new FuzzRequest("long-header", operation.name(), method, path,
          "Bearer " + "x".repeat(20_000), null, null);
      default -> new FuzzRequest("long-uri", operation.name(), method,
          path + "?q=" + "a".repeat(10_000), token, null, null);
    };
  }

  private FuzzRequest unknownRoute() {
    String path = pick(List.of("/api/", "/api/admin", "/api/sessions/" + fixture.roomA.sessionId()
            + "/candidates/" + fixture.a1.candidateId(), "/api/me", "/api/me/exam/answers/1",
        "/api/openapi.json/..", "/api/sessions//supervision", "/api/%2e%2e/%2e%2e/etc/passwd",
        "/api/me/exam?questionId=" + "a".repeat(4000), "/api/" + Long.toHexString(random.nextLong())));
    return new FuzzRequest("route", "unknown route", pick(List.of(HttpMethod.GET, HttpMethod.POST,
        HttpMethod.DELETE)), path, ApiClient.bearer(fixture.staffToken), Buffer.buffer("{}"),
        "application/json");
  }

  /** The token that opens the operation's resource in session A: faults must come from elsewhere. */
  private String rightfulToken(ApiOperation operation) {
    if (!operation.secured()) {
      return null;
    }
    if (operation.isCandidates()) {
      return fixture.a1.token();
    }
    return operation.isStaffOnly() || random.nextBoolean() ? fixture.staffToken
        : fixture.roomA.invigilatorToken();
  }

  /**
   * A body of the right shape whose values are still wrong for session A: a question that is not
   * on a1's screen, a birthdate nobody has, a password that is not the session's.
   */
  private JsonObject template(ApiOperation operation) {
    JsonObject body = new JsonObject();
    operation.fields().forEach((name, type) -> {
      if (name.equals("skipped")) {
        return;
      }
      body.put(name, switch (name) {
        case "date", "birthdate" -> "1999-01-01";
        case "time" -> "09:00";
        case "sessionId" -> fixture.roomA.sessionId();
        case "password" -> "pas-le-bon-mot-de-passe";
        case "accessCode" -> "FAUX00";
        case "extensionVersion" -> "1.0.0";
        // b1's question, unless a1 (whose token goes with the template) has the same on screen.
        case "questionId" -> notOnScreenOf(fixture.a1, fixture.currentQuestion(fixture.b1));
        case "value" -> "1";
        case "kind" -> "QUESTION";
        case "decision" -> "dismiss";
        default -> switch (type) {
          case "integer" -> (Object) 0;
          case "boolean" -> false;
          default -> "Fuzz";
        };
      });
    });
    return body;
  }

  /** The template with one field of the wrong type or length. */
  private JsonObject mutated(ApiOperation operation) {
    JsonObject body = template(operation);
    String name = pick(new ArrayList<>(operation.fields().keySet()));
    String type = operation.fields().get(name);
    List<Object> wrong = new ArrayList<>(List.of(new JsonArray(), new JsonArray().add("x"),
        new JsonObject().put("$ne", "")));
    if (!type.equals("object")) {
      // An empty object is a right value for an object field (an empty profile, say).
      wrong.add(new JsonObject());
    }
    switch (type) {
      case "integer" -> wrong.addAll(List.of("1", 1.5, true, 2147483648L, -9.9e300));
      case "boolean" -> wrong.addAll(List.of("true", 1, 0, "oui"));
      case "any" -> wrong.addAll(List.of(42, true, LONG_TEXT, new JsonObject().put("a", 1),
          new JsonObject().put("a", new JsonObject())));
      default -> wrong.addAll(List.of(42, 1.5, true, LONG_TEXT));
    }
    if (operation.required().contains(name) && !type.equals("any")) {
      wrong.add(null);
      if (type.equals("string")) {
        wrong.addAll(List.of("", "   "));
      }
    }
    Object value = pick(wrong);
    body.put(name, value);
    return body;
  }

  private Buffer nonJson() {
    return switch (random.nextInt(4)) {
      case 0 -> Buffer.buffer(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
      case 1 -> Buffer.buffer("[".repeat(5000) + "]".repeat(5000));
      case 2 -> Buffer.buffer("{\"a\":".repeat(3000) + "1" + "}".repeat(3000));
      default -> Buffer.buffer("{\"a\":\"" + "x".repeat(70 * 1024) + "\"}");
    };
  }

  private List<String> parameters(ApiOperation operation) {
    List<String> names = new ArrayList<>();
    for (String part : operation.path().split("/")) {
      if (part.startsWith("{")) {
        names.add(part.substring(1, part.length() - 1));
      }
    }
    return names;
  }

  /** The path with session A's ids, one parameter replaced when {@code replaced} is not null. */
  private String path(ApiOperation operation, String replaced, String value) {
    Map<String, String> ids = Map.of("sessionId", fixture.roomA.sessionId(),
        "candidateId", fixture.a1.candidateId(), "alertId", "1");
    String path = operation.path();
    for (String name : parameters(operation)) {
      String id = name.equals(replaced) ? value
          : URLEncoder.encode(ids.getOrDefault(name, "x"), StandardCharsets.UTF_8);
      path = path.replace("{" + name + "}", id);
    }
    return path;
  }

  private FuzzRequest request(String family, ApiOperation operation, HttpMethod method, String path,
      String authorization, Buffer body) {
    return new FuzzRequest(family, operation.name(), method, path, authorization, body,
        "application/json");
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}

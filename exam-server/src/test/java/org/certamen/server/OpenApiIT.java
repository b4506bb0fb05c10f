package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Keeps {@code /api/openapi.json} true: same routes as the router, schemas that fit real replies. */
class OpenApiIT {
  private TestServer server;
  private JsonObject document;

  @BeforeEach
  void start() {
    server = new TestServer(TestStores.all().get(0));
    TestServer.Reply reply = server.get("/api/openapi.json", null);
    assertThat(reply.status()).isEqualTo(200);
    document = reply.json();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void documentsExactlyTheRoutesTheServerServes() {
    Set<String> served = new TreeSet<>();
    for (Route route : server.verticle().router().getRoutes()) {
      String path = route.getPath();
      if (path == null || !path.startsWith("/api/") || route.methods() == null) {
        continue;
      }
      for (HttpMethod method : route.methods()) {
        served.add(method.name() + " " + path.replaceAll(":(\\w+)", "{$1}"));
      }
    }
    Set<String> documented = new TreeSet<>();
    JsonObject paths = document.getJsonObject("paths");
    for (String path : paths.fieldNames()) {
      for (String method : paths.getJsonObject(path).fieldNames()) {
        documented.add(method.toUpperCase(Locale.ROOT) + " " + path);
      }
    }
    assertThat(served).hasSizeGreaterThan(10).isEqualTo(documented);
  }

  @Test
  void describesRealResponses() {
    ExamFlow flow = new ExamFlow(server);
    ExamFlow.Planned session = flow.planSession();
    flow.enrol(session, "Lefèvre", "Zoé", "2012-03-04", 0);
    TestServer.Reply entered = server.post("/api/candidate-sessions", null, new JsonObject()
        .put("sessionId", session.id()).put("lastName", "Lefèvre").put("firstName", "Zoé")
        .put("birthdate", "2012-03-04"));
    assertFits(entered.json(), "CandidateToken");
    ExamFlow.Entered candidate = new ExamFlow.Entered(entered.json().getString("candidateId"),
        entered.json().getString("token"));
    assertFits(flow.exam(candidate), "ExamState");
    flow.authorize(session, candidate);
    JsonObject started = flow.start(session, candidate);
    assertFits(started, "ExamState");
    String id = started.getJsonObject("question").getString("id");
    TestServer.Reply alert = server.post("/api/me/exam/alerts", candidate.token(),
        new JsonObject().put("kind", "QUESTION").put("questionId", id));
    assertFits(alert.json(), "RaisedAlert");
    assertFits(flow.supervision(session), "Supervision");
    assertFits(server.get("/api/sessions/" + session.id(), TestServer.STAFF_TOKEN).json(), "Session");
    assertFits(server.get("/api/sessions/" + session.id() + "/candidates/"
        + candidate.candidateId() + "/events", session.invigilatorToken()).json(), "Events");
    assertFits(flow.answer(candidate, "stale", "1").json(), "Problem");
  }

  private void assertFits(Object value, String schemaName) {
    List<String> problems = new ArrayList<>();
    check(value, schema(schemaName), schemaName, problems);
    assertThat(problems).as(String.valueOf(value)).isEmpty();
  }

  private JsonObject schema(String name) {
    return document.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
  }

  /** A small subset of JSON Schema: $ref, type (with null), required, properties, items, oneOf, enum. */
  private void check(Object value, JsonObject schema, String where, List<String> problems) {
    if (schema.containsKey("$ref")) {
      String ref = schema.getString("$ref");
      check(value, schema(ref.substring(ref.lastIndexOf('/') + 1)), where, problems);
      return;
    }
    if (schema.containsKey("oneOf")) {
      boolean any = schema.getJsonArray("oneOf").stream().anyMatch(option -> {
        List<String> optionProblems = new ArrayList<>();
        check(value, (JsonObject) option, where, optionProblems);
        return optionProblems.isEmpty();
      });
      if (!any) {
        problems.add(where + ": fits no option");
      }
      return;
    }
    Object type = schema.getValue("type");
    List<Object> types = type instanceof JsonArray array ? array.getList() : List.of(type);
    String actual = value == null ? "null" : value instanceof JsonObject ? "object"
        : value instanceof JsonArray ? "array" : value instanceof String ? "string"
        : value instanceof Boolean ? "boolean"
        : value instanceof Integer || value instanceof Long ? "integer" : "number";
    if (!types.contains(actual)) {
      problems.add(where + ": " + actual + " is not " + types);
      return;
    }
    if (schema.containsKey("enum") && !schema.getJsonArray("enum").contains(value)) {
      problems.add(where + ": " + value + " is not in " + schema.getJsonArray("enum"));
    }
    if (value instanceof JsonObject object) {
      for (Object required : schema.getJsonArray("required", new JsonArray())) {
        if (!object.containsKey((String) required)) {
          problems.add(where + ": missing " + required);
        }
      }
      JsonObject properties = schema.getJsonObject("properties", new JsonObject());
      for (String field : object.fieldNames()) {
        if (properties.containsKey(field)) {
          check(object.getValue(field), properties.getJsonObject(field), where + "." + field, problems);
        } else if (Boolean.FALSE.equals(schema.getValue("additionalProperties"))) {
          problems.add(where + ": undocumented field " + field);
        } else if (schema.getValue("additionalProperties") instanceof JsonObject values) {
          check(object.getValue(field), values, where + "." + field, problems);
        } else {
          problems.add(where + ": undocumented field " + field);
        }
      }
    }
    if (value instanceof JsonArray array && schema.containsKey("items")) {
      for (int i = 0; i < array.size(); i++) {
        check(array.getValue(i), schema.getJsonObject("items"), where + "[" + i + "]", problems);
      }
    }
  }
}

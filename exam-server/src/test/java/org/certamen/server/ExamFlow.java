package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.function.Function;

/** The steps of a session over the API, each asserting that it succeeded. */
public final class ExamFlow {
  public static final String EXTENSION_VERSION = "1.0.0";

  private final TestServer server;

  public ExamFlow(TestServer server) {
    this.server = server;
  }

  /** A session planned by staff, with its invigilator logged in. */
  public record Planned(String id, String accessCode, String password, String invigilatorToken) {
  }

  /** A candidate who entered. */
  public record Entered(String candidateId, String token) {
  }

  public Planned planSession() {
    TestServer.Reply created = server.post("/api/sessions", TestServer.STAFF_TOKEN, new JsonObject()
        .put("centre", "Collège Jean Moulin").put("address", "1 rue de la Paix, Lyon")
        .put("room", "B12").put("examiner", "Mme Martin").put("date", "2026-11-28")
        .put("time", "09:00"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonObject session = created.json();
    TestServer.Reply login = server.post("/api/invigilator-sessions", null, new JsonObject()
        .put("sessionId", session.getString("id"))
        .put("password", session.getString("invigilatorPassword")));
    assertThat(login.status()).as(login.body()).isEqualTo(201);
    return new Planned(session.getString("id"), session.getString("accessCode"),
        session.getString("invigilatorPassword"), login.json().getString("token"));
  }

  public String enrol(Planned session, String lastName, String firstName, String birthdate,
      int extraTimePercentage) {
    TestServer.Reply enrolled = server.post("/api/sessions/" + session.id() + "/candidates",
        TestServer.STAFF_TOKEN, new JsonObject().put("lastName", lastName)
            .put("firstName", firstName).put("birthdate", birthdate).put("division", "3e A")
            .put("externalId", "123456789AB").put("extraTimePercentage", extraTimePercentage)
            .put("needsAccessibility", false));
    assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
    return enrolled.json().getString("id");
  }

  public Entered enter(Planned session, String lastName, String firstName, String birthdate) {
    TestServer.Reply entered = server.post("/api/candidate-sessions", null, new JsonObject()
        .put("sessionId", session.id()).put("lastName", lastName).put("firstName", firstName)
        .put("birthdate", birthdate));
    assertThat(entered.status()).as(entered.body()).isEqualTo(201);
    return new Entered(entered.json().getString("candidateId"), entered.json().getString("token"));
  }

  public void authorize(Planned session, Entered candidate) {
    TestServer.Reply authorized = server.post("/api/sessions/" + session.id() + "/candidates/"
        + candidate.candidateId() + "/authorize-start", session.invigilatorToken(), null);
    assertThat(authorized.status()).as(authorized.body()).isEqualTo(200);
  }

  public JsonObject start(Planned session, Entered candidate) {
    TestServer.Reply started = server.post("/api/me/exam/start", candidate.token(), new JsonObject()
        .put("accessCode", session.accessCode()).put("extensionVersion", EXTENSION_VERSION));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    return started.json();
  }

  /** Enrols, enters, authorises and starts one candidate: the state of their first question. */
  public Entered startedCandidate(Planned session, String lastName) {
    enrol(session, lastName, "Zoé", "2012-03-04", 0);
    Entered candidate = enter(session, lastName, "Zoé", "2012-03-04");
    authorize(session, candidate);
    start(session, candidate);
    return candidate;
  }

  public JsonObject exam(Entered candidate) {
    TestServer.Reply exam = server.get("/api/me/exam", candidate.token());
    assertThat(exam.status()).as(exam.body()).isEqualTo(200);
    return exam.json();
  }

  public TestServer.Reply answer(Entered candidate, String questionId, Object value) {
    return server.post("/api/me/exam/answers", candidate.token(),
        new JsonObject().put("questionId", questionId).put("value", value));
  }

  /** Answers until the end, choosing each value from the question id; the last state. */
  public JsonObject answerAll(Entered candidate, JsonObject state, Function<String, Object> valueOf) {
    JsonObject current = state;
    while (current.getString("status").equals("IN_PROGRESS")) {
      String questionId = current.getJsonObject("question").getString("id");
      TestServer.Reply answered = answer(candidate, questionId, valueOf.apply(questionId));
      assertThat(answered.status()).as(answered.body()).isEqualTo(200);
      current = answered.json();
    }
    return current;
  }

  public JsonObject supervision(Planned session) {
    TestServer.Reply view = server.get("/api/sessions/" + session.id() + "/supervision",
        session.invigilatorToken());
    assertThat(view.status()).as(view.body()).isEqualTo(200);
    return view.json();
  }

  /** The supervision line of one candidate. */
  public JsonObject line(Planned session, Entered candidate) {
    return supervision(session).getJsonArray("candidates").stream()
        .map(JsonObject.class::cast)
        .filter(line -> line.getString("candidateId").equals(candidate.candidateId()))
        .findFirst().orElseThrow();
  }

  /** Skips every question to the end: the last state. */
  public JsonObject skipAll(Entered candidate) {
    JsonObject state = exam(candidate);
    while (state.getString("status").equals("IN_PROGRESS")) {
      TestServer.Reply skipped = server.post("/api/me/exam/answers", candidate.token(),
          new JsonObject().put("questionId", state.getJsonObject("question").getString("id"))
              .put("skipped", true));
      assertThat(skipped.status()).as(skipped.body()).isEqualTo(200);
      state = skipped.json();
    }
    return state;
  }

  /** The candidate reports a problem with the question on screen, which the invigilator validates. */
  public void neutraliseQuestionOnScreen(Planned session, Entered candidate) {
    String questionId = exam(candidate).getJsonObject("question").getString("id");
    TestServer.Reply raised = server.post("/api/me/exam/alerts", candidate.token(), new JsonObject()
        .put("kind", "QUESTION").put("questionId", questionId).put("reason", "Illisible"));
    assertThat(raised.status()).as(raised.body()).isEqualTo(201);
    TestServer.Reply resolved = server.post("/api/sessions/" + session.id() + "/candidates/"
            + candidate.candidateId() + "/alerts/" + raised.json().getString("alertId") + "/resolve",
        session.invigilatorToken(), new JsonObject().put("decision", "validate"));
    assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
  }
}

package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Every refusal of the contract: right status and code, problem+json, and nothing changed. */
class ErrorPathsIT {
  /** Set by {@link EveryStore} before each run. */
  TestStores.Factory stores;

  private TestServer server;
  private ExamFlow flow;
  private ExamFlow.Planned session;
  private ExamFlow.Entered candidate;
  private JsonObject before;

  @BeforeEach
  void startCandidate() {
    server = new TestServer(stores);
    flow = new ExamFlow(server);
    session = flow.planSession();
    candidate = flow.startedCandidate(session, "Lefèvre");
    before = flow.exam(candidate);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @EveryStore
  void refusesBadJson() {
    assertProblem(server.postRaw("/api/me/exam/answers", candidate.token(), "{\"questionId\": "),
        400, "INVALID_JSON");
    assertProblem(server.postRaw("/api/me/exam/answers", candidate.token(), "[1, 2]"),
        400, "INVALID_JSON");
    assertProblem(server.postRaw("/api/me/exam/answers", candidate.token(), ""), 400, "INVALID_JSON");
    assertUnchanged();
  }

  @EveryStore
  void refusesWrongTypesNamingTheField() {
    TestServer.Reply number = server.post("/api/me/exam/answers", candidate.token(),
        new JsonObject().put("questionId", 12).put("value", "1"));
    assertProblem(number, 400, "INVALID_FIELD");
    assertThat(number.json().getString("detail")).contains("'questionId'");
    TestServer.Reply value = server.post("/api/me/exam/answers", candidate.token(),
        new JsonObject().put("questionId", questionId()).put("value", 5));
    assertProblem(value, 400, "INVALID_FIELD");
    assertThat(value.json().getString("detail")).contains("'value'");
    TestServer.Reply missing = server.post("/api/me/exam/answers", candidate.token(),
        new JsonObject().put("questionId", questionId()));
    assertThat(missing.json().getString("detail")).contains("'value'");
    TestServer.Reply extraTime = server.post("/api/sessions/" + session.id() + "/candidates",
        TestServer.STAFF_TOKEN, new JsonObject().put("lastName", "A").put("firstName", "B")
            .put("birthdate", "2012-01-01").put("extraTimePercentage", "tiers"));
    assertProblem(extraTime, 400, "INVALID_FIELD");
    assertThat(extraTime.json().getString("detail")).contains("'extraTimePercentage'");
    TestServer.Reply birthdate = server.post("/api/candidate-sessions", null, new JsonObject()
        .put("sessionId", session.id()).put("lastName", "Lefèvre").put("firstName", "Zoé")
        .put("birthdate", "2012-13-45"));
    assertProblem(birthdate, 400, "INVALID_FIELD");
    assertThat(birthdate.json().getString("detail")).contains("'birthdate'");
    assertUnchanged();
    assertThat(enrolledCount()).isEqualTo(1);
  }

  @EveryStore
  void refusesAnOversizedBody() {
    String huge = "{\"questionId\": \"" + "x".repeat(70 * 1024) + "\"}";
    assertProblem(server.postRaw("/api/me/exam/answers", candidate.token(), huge), 413, "BODY_TOO_LARGE");
    assertUnchanged();
  }

  @EveryStore
  void refusesUnknownIds() {
    assertProblem(server.get("/api/sessions/999999x", TestServer.STAFF_TOKEN), 404, "SESSION_NOT_FOUND");
    assertProblem(server.post("/api/sessions/" + session.id() + "/candidates/NOBODY/authorize-start",
        session.invigilatorToken(), null), 404, "CANDIDATE_NOT_FOUND");
    assertProblem(server.post("/api/sessions/" + session.id() + "/candidates/"
            + candidate.candidateId() + "/alerts/42/resolve", session.invigilatorToken(),
        new JsonObject().put("decision", "dismiss")), 404, "ALERT_NOT_FOUND");
    assertProblem(server.post("/api/candidate-sessions", null, new JsonObject()
        .put("sessionId", "000000").put("lastName", "Lefèvre").put("firstName", "Zoé")
        .put("birthdate", "2012-03-04")), 404, "SESSION_NOT_FOUND");
    assertProblem(server.post("/api/candidate-sessions", null, new JsonObject()
        .put("sessionId", session.id()).put("lastName", "Lefèvre").put("firstName", "Zoé")
        .put("birthdate", "2012-03-05")), 404, "CANDIDATE_NOT_FOUND");
    assertProblem(server.get("/api/nothing-here", null), 404, "ROUTE_NOT_FOUND");
    assertProblem(server.send(HttpMethod.DELETE, "/api/me/exam", candidate.token(), null),
        405, "METHOD_NOT_ALLOWED");
    assertUnchanged();
  }

  @EveryStore
  void refusesASecondPupilWhoseIdentityWouldCollideSoNobodyIsLockedOut() {
    flow.enrol(session, "Lee", "Léo", "2012-01-01", 0);
    int enrolled = server.get("/api/sessions/" + session.id(), TestServer.STAFF_TOKEN).json()
        .getJsonArray("candidates").size();
    TestServer.Reply refused = server.post("/api/sessions/" + session.id() + "/candidates",
        TestServer.STAFF_TOKEN, new JsonObject().put("lastName", "Lée").put("firstName", "Leo")
            .put("birthdate", "2012-01-01").put("division", "3e A")
            .put("externalId", "123456789AB").put("extraTimePercentage", 0)
            .put("needsAccessibility", false));
    assertProblem(refused, 409, "IDENTITY_TAKEN");
    assertThat(refused.json().getString("detail")).contains("second prénom");
    assertThat(server.get("/api/sessions/" + session.id(), TestServer.STAFF_TOKEN).json()
        .getJsonArray("candidates")).hasSize(enrolled);
    flow.enrol(session, "Lée", "Leo", "2012-01-02", 0);
    flow.enter(session, "lee", "léo", "2012-01-01");
  }

  @EveryStore
  void refusesMissingAndWrongTokens() {
    assertProblem(server.get("/api/me/exam", null), 401, "MISSING_TOKEN");
    assertProblem(server.get("/api/me/exam", session.id() + ".forged"), 401, "INVALID_TOKEN");
    assertProblem(server.post("/api/sessions", "not-the-staff-token", new JsonObject()
        .put("centre", "c").put("address", "a").put("room", "r").put("examiner", "e")
        .put("date", "2026-11-28").put("time", "09:00")), 403, "FORBIDDEN_SCOPE");
    assertProblem(server.post("/api/sessions/" + session.id() + "/candidates/"
        + candidate.candidateId() + "/end-test", candidate.token(),
        new JsonObject().put("reason", "self")), 403, "FORBIDDEN_SCOPE");
    assertProblem(server.get("/api/me/exam", session.invigilatorToken()), 403, "FORBIDDEN_SCOPE");
    assertUnchanged();
  }

  @EveryStore
  void anotherCandidatesTokenOnlyReachesThatCandidate() {
    ExamFlow.Entered other = flow.startedCandidate(session, "Martin");
    // Question ids are given per candidate: another's is refused even for the same item.
    TestServer.Reply reply = flow.answer(other, questionId(), TestBank.correctValue(questionId()));
    assertProblem(reply, 409, "STALE_QUESTION");
    assertUnchanged();
    assertThat(flow.line(session, candidate).getInteger("answered")).isZero();
  }

  @EveryStore
  void refusesAnInvigilatorOfAnotherSession() {
    ExamFlow.Planned other = flow.planSession();
    assertProblem(server.get("/api/sessions/" + session.id() + "/supervision",
        other.invigilatorToken()), 403, "FORBIDDEN_SCOPE");
    assertProblem(server.post("/api/sessions/" + session.id() + "/candidates/"
        + candidate.candidateId() + "/end-test", other.invigilatorToken(),
        new JsonObject().put("reason", "wrong room")), 403, "FORBIDDEN_SCOPE");
    assertProblem(server.post("/api/sessions", other.invigilatorToken(), new JsonObject()
        .put("centre", "c").put("address", "a").put("room", "r").put("examiner", "e")
        .put("date", "2026-11-28").put("time", "09:00")), 403, "FORBIDDEN_SCOPE");
    assertUnchanged();
  }

  @EveryStore
  void refusesAnAnswerToAStaleQuestion() {
    String stale = TestBank.design().bank().items().stream().map(i -> i.id())
        .filter(id -> !id.equals(questionId())).findFirst().orElseThrow();
    assertProblem(flow.answer(candidate, stale, "1"), 409, "STALE_QUESTION");
    assertUnchanged();
  }

  @EveryStore
  void answersTheSameQuestionTwiceWithTheSameStateAndNoChange() {
    String first = questionId();
    TestServer.Reply answered = flow.answer(candidate, first, TestBank.correctValue(first));
    assertThat(answered.status()).isEqualTo(200);
    TestServer.Reply again = flow.answer(candidate, first, TestBank.wrongValue(first));
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json()).isEqualTo(answered.json());
    assertThat(flow.exam(candidate)).isEqualTo(answered.json());
    assertThat(flow.line(session, candidate).getInteger("answered")).isEqualTo(1);
  }

  @EveryStore
  void endsTheTestWhenAnAnswerComesAfterTheDeadline() {
    server.clock.advance(Duration.ofMinutes(105).plusSeconds(1));
    assertProblem(flow.answer(candidate, questionId(), "1"), 409, "TIME_UP");
    JsonObject after = flow.exam(candidate);
    assertThat(after.getString("status")).isEqualTo("ENDED_TIME_UP");
    assertThat(after.getLong("remainingSeconds")).isZero();
    assertThat(after.getValue("question")).isNull();
    assertProblem(flow.answer(candidate, questionId(), "1"), 409, "TIME_UP");
    assertThat(flow.line(session, candidate).getInteger("answered")).isZero();
  }

  @EveryStore
  void refusesToStartWithoutTheExtensionOrTheRightCode() {
    flow.enrol(session, "Nouveau", "Né", "2012-02-02", 0);
    ExamFlow.Entered fresh = flow.enter(session, "Nouveau", "Né", "2012-02-02");
    assertProblem(server.post("/api/me/exam/start", fresh.token(), new JsonObject()
        .put("accessCode", session.accessCode()).put("extensionVersion", "1.0.0")), 409, "NOT_AUTHORIZED");
    flow.authorize(session, fresh);
    assertProblem(server.post("/api/me/exam/start", fresh.token(), new JsonObject()
        .put("accessCode", session.accessCode())), 403, "EXTENSION_REQUIRED");
    assertProblem(server.post("/api/me/exam/start", fresh.token(), new JsonObject()
        .put("accessCode", session.accessCode()).put("extensionVersion", "0.9.12")), 403, "EXTENSION_OUTDATED");
    assertProblem(server.post("/api/me/exam/start", fresh.token(), new JsonObject()
        .put("accessCode", session.accessCode()).put("extensionVersion", "un")), 400, "INVALID_FIELD");
    assertProblem(server.post("/api/me/exam/start", fresh.token(), new JsonObject()
        .put("accessCode", "WRONG1").put("extensionVersion", "1.0.0")), 403, "WRONG_ACCESS_CODE");
    assertProblem(flow.answer(fresh, questionId(), "1"), 409, "TEST_NOT_IN_PROGRESS");
    assertThat(flow.exam(fresh).getString("status")).isEqualTo("AUTHORIZED");
  }

  private String questionId() {
    return before.getJsonObject("question").getString("id");
  }

  private int enrolledCount() {
    return server.get("/api/sessions/" + session.id(), TestServer.STAFF_TOKEN).json()
        .getJsonArray("candidates").size();
  }

  private void assertUnchanged() {
    assertThat(flow.exam(candidate)).isEqualTo(before);
    assertThat(flow.line(session, candidate).getInteger("answered")).isZero();
  }

  static void assertProblem(TestServer.Reply reply, int status, String code) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.contentType()).isEqualTo("application/problem+json");
    JsonObject problem = reply.json();
    assertThat(problem.getString("code")).isEqualTo(code);
    assertThat(problem.getInteger("status")).isEqualTo(status);
    assertThat(problem.getString("type")).isNotBlank();
    assertThat(problem.getString("title")).isNotBlank();
    assertThat(problem.getString("detail")).isNotBlank();
  }
}

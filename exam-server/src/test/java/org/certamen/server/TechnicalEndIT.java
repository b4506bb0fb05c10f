package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certamen.server.ErrorPathsIT.assertProblem;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A server on a bank that cannot serve whole tests (as started with {@code --allow-short-bank}):
 * a test that runs out of questions ends as {@code ENDED_TECHNICAL}, never {@code COMPLETED}; the
 * finalisation asks why it stopped, and staff see the session as needing a person.
 */
class TechnicalEndIT {
  private static final String STAFF = TestServer.STAFF_TOKEN;

  /** Set by {@link EveryStore} before each run. */
  TestStores.Factory stores;

  private TestServer server;
  private ExamFlow flow;
  private ExamFlow.Planned session;
  private ExamFlow.Entered candidate;

  @BeforeEach
  void startOnAShortBank() {
    // One item per competence: 16 tubes for a 32-question test.
    server = new TestServer(stores, ServerConfig.defaults(STAFF), TestBank.shortDesign(1));
    flow = new ExamFlow(server);
    session = flow.planSession();
    candidate = flow.startedCandidate(session, "Garnier");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @EveryStore
  void endsATestThatRunsOutOfQuestionsAsATechnicalEndThatStaffMustReview() {
    JsonObject last = flow.skipAll(candidate);

    assertThat(last.getString("status")).isEqualTo("ENDED_TECHNICAL");
    assertThat(last.getValue("question")).isNull();
    assertThat(flow.line(session, candidate).getString("status")).isEqualTo("ENDED_TECHNICAL");
    JsonArray events = events();
    JsonObject technicalEnd = events.getJsonObject(events.size() - 1);
    assertThat(technicalEnd.getString("type")).isEqualTo("TECHNICAL_END");
    assertThat(technicalEnd.getString("detail")).contains("question 17 of 32");
    assertProblem(server.post("/api/me/exam/answers", candidate.token(), new JsonObject()
        .put("questionId", "any").put("skipped", true)), 409, "TEST_ENDED");

    // The finalisation asks for a reason, as for an abort.
    TestServer.Reply refused = finalize(new JsonObject());
    assertProblem(refused, 400, "FINALIZATION_INCOMPLETE");
    assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("abortReasons." + candidate.candidateId());
    TestServer.Reply finalized = finalize(new JsonObject().put(candidate.candidateId(), "technical"));
    assertThat(finalized.status()).as(finalized.body()).isEqualTo(201);

    JsonObject waiting = new JsonArray(server.get("/api/finalized-sessions", STAFF).body()).stream()
        .map(JsonObject.class::cast).filter(s -> s.getString("sessionId").equals(session.id()))
        .findFirst().orElseThrow();
    assertThat(waiting.getBoolean("needsPerson")).isTrue();
    assertThat(waiting.getJsonArray("reasons").getList()).containsExactly("TECHNICAL_END");
    JsonObject result = new JsonArray(server.get("/api/sessions/" + session.id() + "/results", STAFF)
        .body()).getJsonObject(0);
    assertThat(result.getString("status")).isEqualTo("cancelled");
    assertThat(result.getString("statusReason")).isEqualTo("TECHNICAL_TOO_FEW_ANSWERS");
  }

  @EveryStore
  void endsTheTestWhenANeutralisedQuestionHasNoReplacementLeft() {
    flow.neutraliseQuestionOnScreen(session, candidate);

    assertThat(flow.exam(candidate).getString("status")).isEqualTo("ENDED_TECHNICAL");
    assertThat(flow.line(session, candidate).getString("status")).isEqualTo("ENDED_TECHNICAL");
  }

  private JsonArray events() {
    TestServer.Reply reply = server.get("/api/sessions/" + session.id() + "/candidates/"
        + candidate.candidateId() + "/events", session.invigilatorToken());
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json().getJsonArray("events");
  }

  private TestServer.Reply finalize(JsonObject abortReasons) {
    return server.post("/api/sessions/" + session.id() + "/finalization",
        session.invigilatorToken(), new JsonObject().put("comment", "").put("hasIncident", false)
            .put("hasJoiningIssue", false).put("incidents", new JsonArray())
            .put("abortReasons", abortReasons));
  }
}

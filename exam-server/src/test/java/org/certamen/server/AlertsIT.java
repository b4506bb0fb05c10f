package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certamen.server.ErrorPathsIT.assertProblem;

import io.vertx.core.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

class AlertsIT {
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
    String first = flow.exam(candidate).getJsonObject("question").getString("id");
    before = flow.answer(candidate, first, TestBank.correctValue(first)).json();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @EveryStore
  void aValidatedQuestionAlertReplacesTheQuestionByOneOfTheSameCompetence() {
    JsonObject raised = raiseQuestionAlert();
    assertThat(raised.getJsonObject("exam").getString("status")).isEqualTo("PAUSED_QUESTION_ALERT");
    assertThat(raised.getJsonObject("exam").getValue("question")).isNull();
    assertProblem(flow.answer(candidate, questionId(), "1"), 409, "QUESTION_ALERT_PENDING");
    JsonObject view = flow.supervision(session);
    assertThat(view.getJsonArray("alerts")).hasSize(1);
    assertThat(view.getJsonArray("alerts").getJsonObject(0).getString("questionId"))
        .as("staff see the bank's item id").isEqualTo(TestBank.itemId(questionId()));
    assertThat(view.getJsonObject("counts").getInteger("PAUSED_QUESTION_ALERT")).isEqualTo(1);

    JsonObject resolved = resolve(raised.getString("alertId"), "validate");
    assertThat(resolved.getString("status")).isEqualTo("IN_PROGRESS");
    JsonObject after = flow.exam(candidate);
    String replacement = after.getJsonObject("question").getString("id");
    assertThat(replacement).isNotEqualTo(questionId());
    assertThat(competenceOf(replacement)).isEqualTo(competenceOf(questionId()));
    assertThat(after.getInteger("questionIndex")).isEqualTo(before.getInteger("questionIndex"));
    assertThat(flow.supervision(session).getJsonArray("alerts")).isEmpty();
    assertThat(events()).contains("QUESTION_ALERT", "ALERT_VALIDATED");
  }

  @EveryStore
  void aDismissedQuestionAlertGivesTheSameQuestionBack() {
    JsonObject raised = raiseQuestionAlert();
    resolve(raised.getString("alertId"), "dismiss");
    assertThat(flow.exam(candidate)).isEqualTo(before);
    assertProblem(server.post(resolvePath(raised.getString("alertId")), session.invigilatorToken(),
        new JsonObject().put("decision", "validate")), 409, "ALERT_ALREADY_RESOLVED");
    assertThat(flow.exam(candidate)).isEqualTo(before);
  }

  @EveryStore
  void stopsTheClockWhileAnAlertWaits() {
    JsonObject raised = raiseQuestionAlert();
    server.clock.advance(Duration.ofMinutes(10));
    assertThat(flow.exam(candidate).getLong("remainingSeconds")).isEqualTo(before.getLong("remainingSeconds"));
    resolve(raised.getString("alertId"), "dismiss");
    assertThat(flow.exam(candidate).getLong("remainingSeconds")).isEqualTo(before.getLong("remainingSeconds"));
  }

  @EveryStore
  void anExtensionAlertBlocksAnswersUntilTheInvigilatorSeesItBack() {
    TestServer.Reply raised = server.post("/api/me/exam/alerts", candidate.token(),
        new JsonObject().put("kind", "EXTENSION"));
    assertThat(raised.status()).isEqualTo(201);
    assertThat(raised.json().getJsonObject("exam").getString("status")).isEqualTo("PAUSED_EXTENSION_ALERT");
    TestServer.Reply again = server.post("/api/me/exam/alerts", candidate.token(),
        new JsonObject().put("kind", "EXTENSION"));
    assertThat(again.json().getString("alertId")).isEqualTo(raised.json().getString("alertId"));
    assertProblem(flow.answer(candidate, questionId(), "1"), 409, "EXTENSION_ALERT_PENDING");
    String alertId = raised.json().getString("alertId");
    assertProblem(server.post(resolvePath(alertId), session.invigilatorToken(),
        new JsonObject().put("decision", "dismiss")), 400, "INVALID_DECISION");
    assertThat(flow.line(session, candidate).getString("status")).isEqualTo("PAUSED_EXTENSION_ALERT");

    resolve(alertId, "extension-back");
    assertThat(flow.exam(candidate)).isEqualTo(before);
    assertThat(flow.answer(candidate, questionId(), TestBank.correctValue(questionId())).status())
        .isEqualTo(200);
    assertThat(events()).contains("EXTENSION_ALERT", "EXTENSION_BACK");
  }

  @EveryStore
  void listsOpenAlertsOfTheSessionOldestFirst() {
    ExamFlow.Entered other = flow.startedCandidate(session, "Martin");
    server.post("/api/me/exam/alerts", other.token(), new JsonObject().put("kind", "EXTENSION"));
    server.clock.advance(Duration.ofSeconds(30));
    raiseQuestionAlert();
    JsonObject view = flow.supervision(session);
    assertThat(view.getJsonArray("alerts").stream().map(a -> ((JsonObject) a).getString("candidateId")))
        .containsExactly(other.candidateId(), candidate.candidateId());
    assertThat(view.getJsonArray("alerts").getJsonObject(0).getString("kind")).isEqualTo("EXTENSION");
  }

  @EveryStore
  void refusesAQuestionAlertAboutAnotherQuestion() {
    assertProblem(server.post("/api/me/exam/alerts", candidate.token(), new JsonObject()
        .put("kind", "QUESTION").put("questionId", "not-on-screen")), 409, "STALE_QUESTION");
    assertProblem(server.post("/api/me/exam/alerts", candidate.token(), new JsonObject()
        .put("kind", "OTHER")), 400, "INVALID_FIELD");
    assertThat(flow.exam(candidate)).isEqualTo(before);
  }

  @EveryStore
  void theInvigilatorEndsATestWithAReason() {
    TestServer.Reply ended = server.post("/api/sessions/" + session.id() + "/candidates/"
        + candidate.candidateId() + "/end-test", session.invigilatorToken(),
        new JsonObject().put("reason", "Fraude constatée"));
    assertThat(ended.status()).isEqualTo(200);
    assertThat(ended.json().getString("status")).isEqualTo("ENDED_BY_INVIGILATOR");
    assertProblem(flow.answer(candidate, questionId(), "1"), 409, "TEST_ENDED");
    assertProblem(server.post("/api/sessions/" + session.id() + "/candidates/"
        + candidate.candidateId() + "/end-test", session.invigilatorToken(),
        new JsonObject().put("reason", "again")), 409, "TEST_ENDED");
    assertThat(flow.exam(candidate).getString("status")).isEqualTo("ENDED_BY_INVIGILATOR");
    assertThat(events()).contains("ENDED_BY_INVIGILATOR");
  }

  private JsonObject raiseQuestionAlert() {
    TestServer.Reply raised = server.post("/api/me/exam/alerts", candidate.token(), new JsonObject()
        .put("kind", "QUESTION").put("questionId", questionId()).put("reason", "L'image ne s'affiche pas"));
    assertThat(raised.status()).as(raised.body()).isEqualTo(201);
    return raised.json();
  }

  private JsonObject resolve(String alertId, String decision) {
    TestServer.Reply resolved = server.post(resolvePath(alertId), session.invigilatorToken(),
        new JsonObject().put("decision", decision));
    assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
    return resolved.json();
  }

  private String resolvePath(String alertId) {
    return "/api/sessions/" + session.id() + "/candidates/" + candidate.candidateId()
        + "/alerts/" + alertId + "/resolve";
  }

  private java.util.List<String> events() {
    return server.get("/api/sessions/" + session.id() + "/candidates/" + candidate.candidateId()
            + "/events", session.invigilatorToken()).json().getJsonArray("events").stream()
        .map(e -> ((JsonObject) e).getString("type")).toList();
  }

  private String questionId() {
    return before.getJsonObject("question").getString("id");
  }

  private static String competenceOf(String questionId) {
    return TestBank.design().bank().find(TestBank.itemId(questionId)).orElseThrow().competence();
  }
}

package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certamen.server.ErrorPathsIT.assertProblem;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.certamen.engine.TestDesign;
import org.certamen.engine.bank.ItemBank;

/** The exam's rules over HTTP, whatever clients send: time, finalisation, alerts, design. */
class ExamRulesIT extends SessionFixture {
  private static final Duration PAST_THE_DEADLINE = Duration.ofMinutes(105).plusSeconds(1);

  @EveryStore
  void aCandidatePastTheirTimeCannotEnterAgainAndResume() {
    ExamFlow.Entered polled = flow.startedCandidate(session, "Lefèvre");
    ExamFlow.Entered silent = flow.startedCandidate(session, "Martin");
    String question = flow.exam(silent).getJsonObject("question").getString("id");
    assertThat(flow.answer(silent, question, TestBank.correctValue(question)).status())
        .isEqualTo(200);
    server.clock.advance(PAST_THE_DEADLINE);
    assertThat(flow.exam(polled).getString("status")).isEqualTo("ENDED_TIME_UP");
    assertThat(flow.line(session, silent).getString("status")).isEqualTo("ENDED_TIME_UP");

    // The old tab never polled: the stored exam still says IN_PROGRESS.
    ExamFlow.Entered back = flow.enter(session, "Martin", "Zoé", "2012-03-04");
    JsonObject state = flow.exam(back);
    assertThat(state.getString("status")).isEqualTo("ENDED_TIME_UP");
    assertThat(state.getLong("remainingSeconds")).isZero();
    assertProblem(server.post(candidatePath(back) + "/authorize-start",
        session.invigilatorToken(), null), 409, "CANNOT_AUTHORIZE");
    assertThat(flow.start(session, back).getString("status")).isEqualTo("ENDED_TIME_UP");
    assertProblem(flow.answer(back, "any-question", "1"), 409, "TIME_UP");
    assertThat(events(back)).containsSubsequence("STARTED", "TIME_UP", "ENTERED_AGAIN")
        .doesNotContain("RESUMED");
  }

  @EveryStore
  void theFirstRequestPastTheDeadlineEndsTheTestWhateverItAsks() {
    ExamFlow.Entered byHeartbeat = flow.startedCandidate(session, "Lefèvre");
    ExamFlow.Entered byAuthorisation = flow.startedCandidate(session, "Martin");
    ExamFlow.Entered byAnswer = flow.startedCandidate(session, "Petit");
    String question = flow.exam(byAnswer).getJsonObject("question").getString("id");
    server.clock.advance(PAST_THE_DEADLINE);

    assertThat(heartbeat(byHeartbeat).status()).isEqualTo(200);
    assertThat(events(byHeartbeat)).endsWith("TIME_UP");
    assertProblem(server.post(candidatePath(byAuthorisation) + "/authorize-start",
        session.invigilatorToken(), null), 409, "TIME_UP");
    assertThat(events(byAuthorisation)).endsWith("TIME_UP");
    assertProblem(flow.answer(byAnswer, question, TestBank.correctValue(question)), 409, "TIME_UP");
    assertThat(events(byAnswer)).endsWith("TIME_UP");
  }

  @EveryStore
  void nothingChangesAfterTheFinalisationButStaffProcessing() {
    ExamFlow.Entered candidate = flow.startedCandidate(session, "Lefèvre");
    flow.enrol(session, "Martin", "Léo", "2012-05-06", 0);
    ExamFlow.Entered waiting = flow.enter(session, "Martin", "Léo", "2012-05-06");
    TestServer.Reply raised = server.post("/api/me/exam/alerts", candidate.token(),
        new JsonObject().put("kind", "EXTENSION"));
    assertThat(raised.status()).isEqualTo(201);
    assertThat(finalize(new JsonObject()
        .put("incidents", new JsonArray().add(incident(candidate, "NON_BLOCKING_TECHNICAL_ISSUE",
            null)))
        .put("abortReasons", new JsonObject().put(candidate.candidateId(), "technical")))
        .status()).isEqualTo(201);
    List<String> eventsBefore = events(candidate);
    int enrolled = flow.supervision(session).getJsonArray("candidates").size();

    assertProblem(heartbeat(candidate), 409, "SESSION_FINALIZED");
    assertProblem(server.post("/api/sessions/" + session.id() + "/candidates",
        TestServer.STAFF_TOKEN, new JsonObject().put("lastName", "Tard").put("firstName", "Léo")
            .put("birthdate", "2012-01-01").put("division", "3e A")
            .put("externalId", "123456789AB").put("extraTimePercentage", 0)
            .put("needsAccessibility", false)), 409, "SESSION_FINALIZED");
    assertProblem(server.post(candidatePath(candidate) + "/alerts/"
            + raised.json().getString("alertId") + "/resolve", session.invigilatorToken(),
        new JsonObject().put("decision", "extension-back")), 409, "SESSION_FINALIZED");
    assertProblem(server.post("/api/me/exam/alerts", candidate.token(),
        new JsonObject().put("kind", "EXTENSION")), 409, "SESSION_FINALIZED");
    assertProblem(server.post(candidatePath(waiting) + "/authorize-start",
        session.invigilatorToken(), null), 409, "SESSION_FINALIZED");
    assertProblem(server.post(candidatePath(waiting) + "/end-test", session.invigilatorToken(),
        new JsonObject().put("reason", "Absent")), 409, "SESSION_FINALIZED");
    // The finalisation marked them absent; the refused requests changed nothing.
    assertThat(flow.exam(waiting).getString("status")).isEqualTo("ABSENT");

    assertThat(events(candidate)).isEqualTo(eventsBefore);
    assertThat(flow.supervision(session).getJsonArray("candidates")).hasSize(enrolled);
    assertThat(server.get("/api/sessions/" + session.id() + "/results", TestServer.STAFF_TOKEN)
        .status()).isEqualTo(200);
  }

  @EveryStore
  void endingATestClosesItsAlertsAndStaffAreToldNobodyResolvedThem() {
    ExamFlow.Entered candidate = flow.startedCandidate(session, "Lefèvre");
    String question = flow.exam(candidate).getJsonObject("question").getString("id");
    assertThat(server.post("/api/me/exam/alerts", candidate.token(), new JsonObject()
        .put("kind", "QUESTION").put("questionId", question)).status()).isEqualTo(201);
    assertThat(server.post(candidatePath(candidate) + "/end-test", session.invigilatorToken(),
        new JsonObject().put("reason", "Malaise")).status()).isEqualTo(200);
    assertThat(flow.supervision(session).getJsonArray("alerts")).isEmpty();

    assertThat(finalize(new JsonObject().put("abortReasons",
        new JsonObject().put(candidate.candidateId(), "candidate"))).status()).isEqualTo(201);
    JsonObject waiting = waitingSession();
    assertThat(waiting.getBoolean("needsPerson")).isTrue();
    assertThat(waiting.getJsonArray("reasons").getList()).containsExactly("UNRESOLVED_ALERT");
  }

  @EveryStore
  void theFinalisationRefusesAnOpenAlertUnlessItIsReportedAsAnIncident() {
    ExamFlow.Entered candidate = flow.startedCandidate(session, "Lefèvre");
    String question = flow.exam(candidate).getJsonObject("question").getString("id");
    TestServer.Reply raised = server.post("/api/me/exam/alerts", candidate.token(),
        new JsonObject().put("kind", "QUESTION").put("questionId", question));
    assertThat(raised.status()).isEqualTo(201);
    JsonObject abort = new JsonObject().put(candidate.candidateId(), "technical");

    TestServer.Reply refused = finalize(new JsonObject().put("abortReasons", abort)
        .put("incidents", new JsonArray().add(incident(candidate, "IN_QUESTION", 7))));
    assertProblem(refused, 400, "FINALIZATION_INCOMPLETE");
    JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
    assertThat(refused.json().getJsonArray("errors")).hasSize(1);
    assertThat(error.getString("field"))
        .isEqualTo("alerts." + candidate.candidateId() + "." + raised.json().getString("alertId"));
    assertThat(error.getString("detail")).contains("Zoé Lefèvre", "question 1",
        "n’a pas été traitée");
    // Nothing changed: the session is open and the alert waits.
    assertThat(flow.exam(candidate).getString("status")).isEqualTo("PAUSED_QUESTION_ALERT");
    assertThat(flow.supervision(session).getJsonArray("alerts")).hasSize(1);
    assertThat(heartbeat(candidate).status()).isEqualTo(200);

    assertThat(finalize(new JsonObject().put("abortReasons", abort)
        .put("incidents", new JsonArray().add(incident(candidate, "IN_QUESTION", 1))))
        .status()).isEqualTo(201);
    assertThat(flow.line(session, candidate).getString("status"))
        .isEqualTo("ENDED_BY_INVIGILATOR");
    JsonObject waiting = waitingSession();
    assertThat(waiting.getBoolean("needsPerson")).isTrue();
    assertThat(waiting.getJsonArray("reasons").getList()).contains("UNRESOLVED_ALERT");
  }

  @EveryStore
  void aServerWithAnotherDesignRefusesToContinueATest() {
    ExamFlow.Entered candidate = flow.startedCandidate(session, "Lefèvre");
    JsonObject before = flow.exam(candidate);
    String question = before.getJsonObject("question").getString("id");
    try (TestServer pix = server.anotherServer(
        TestDesign.named(TestDesign.PIX_V3, TestBank.design().bank()))) {
      ExamFlow onPix = new ExamFlow(pix);
      TestServer.Reply refused = onPix.answer(candidate, question, TestBank.correctValue(question));
      assertProblem(refused, 409, "TEST_DESIGN_CHANGED");
      assertThat(refused.json().getString("detail")).contains("certamen", "pix-v3",
          "Prévenez le surveillant");
      assertThat(flow.exam(candidate)).isEqualTo(before);

      ExamFlow.Entered back = onPix.enter(session, "Lefèvre", "Zoé", "2012-03-04");
      onPix.authorize(session, back);
      assertProblem(pix.post("/api/me/exam/start", back.token(), new JsonObject()
              .put("accessCode", session.accessCode()).put("extensionVersion", "1.0.0")),
          409, "TEST_DESIGN_CHANGED");
      assertThat(flow.exam(back).getString("status")).isEqualTo("AUTHORIZED");
      // The server it started on resumes it.
      assertThat(flow.start(session, back).getString("status")).isEqualTo("IN_PROGRESS");
    }
  }

  @EveryStore
  void aServerWithAnotherBankVersionRefusesToContinueATest() {
    ExamFlow.Entered candidate = flow.startedCandidate(session, "Lefèvre");
    String question = flow.exam(candidate).getJsonObject("question").getString("id");
    ItemBank bank = TestBank.design().bank();
    try (TestServer newer = server.anotherServer(TestDesign.named(TestDesign.CERTAMEN,
        new ItemBank(bank.version() + ".1", bank.framework(), bank.items())))) {
      TestServer.Reply refused = new ExamFlow(newer).answer(candidate, question,
          TestBank.correctValue(question));
      assertProblem(refused, 409, "TEST_DESIGN_CHANGED");
      assertThat(refused.json().getString("detail")).contains(bank.version() + ".1");
    }
  }

  private TestServer.Reply heartbeat(ExamFlow.Entered candidate) {
    return server.post("/api/me/heartbeat", candidate.token(), new JsonObject()
        .put("extensionVersion", "1.0.0").put("blockingActive", true).put("blockedAttempts", 0));
  }

  private TestServer.Reply finalize(JsonObject report) {
    return server.post("/api/sessions/" + session.id() + "/finalization",
        session.invigilatorToken(), report.put("hasIncident", report.containsKey("incidents"))
            .put("hasJoiningIssue", false));
  }

  private static JsonObject incident(ExamFlow.Entered candidate, String category,
      Integer questionNumber) {
    return new JsonObject().put("candidateId", candidate.candidateId()).put("category", category)
        .put("questionNumber", questionNumber).put("description", "Signalé par le surveillant");
  }

  private JsonObject waitingSession() {
    TestServer.Reply list = server.get("/api/finalized-sessions", TestServer.STAFF_TOKEN);
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    return new JsonArray(list.body()).stream().map(JsonObject.class::cast)
        .filter(s -> s.getString("sessionId").equals(session.id())).findFirst().orElseThrow();
  }

  private String candidatePath(ExamFlow.Entered candidate) {
    return "/api/sessions/" + session.id() + "/candidates/" + candidate.candidateId();
  }

  private List<String> events(ExamFlow.Entered candidate) {
    TestServer.Reply reply = server.get(candidatePath(candidate) + "/events",
        session.invigilatorToken());
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json().getJsonArray("events").stream()
        .map(e -> ((JsonObject) e).getString("type")).toList();
  }
}

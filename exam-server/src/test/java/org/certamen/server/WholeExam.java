package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * A whole session over the API, for the tests that read what it left behind (metrics, logs): one
 * candidate completes the test after a question alert the invigilator dismisses, another is ended
 * by the invigilator; a wrong access code and a wrong invigilator password are refused on the way.
 * Keeps every secret that crossed the API.
 */
public final class WholeExam {
  public final ExamFlow.Planned session;
  public final List<String> secrets = new ArrayList<>();

  private WholeExam(ExamFlow.Planned session) {
    this.session = session;
  }

  public static WholeExam run(TestServer server) {
    ExamFlow flow = new ExamFlow(server);
    WholeExam exam = new WholeExam(flow.planSession());
    ExamFlow.Planned session = exam.session;
    exam.secrets.addAll(List.of(TestServer.STAFF_TOKEN, session.accessCode(), session.password(),
        session.invigilatorToken()));

    assertThat(server.post("/api/invigilator-sessions", null, new JsonObject()
        .put("sessionId", session.id()).put("password", "wrong-password-42")).status())
        .isGreaterThanOrEqualTo(400);
    exam.secrets.add("wrong-password-42");

    flow.enrol(session, "Lefèvre", "Zoé", "2012-03-04", 0);
    ExamFlow.Entered completing = flow.enter(session, "Lefèvre", "Zoé", "2012-03-04");
    exam.secrets.add(completing.token());
    flow.authorize(session, completing);
    assertThat(server.post("/api/me/exam/start", completing.token(), new JsonObject()
        .put("accessCode", "WRONGCODE9").put("extensionVersion", ExamFlow.EXTENSION_VERSION))
        .status()).isGreaterThanOrEqualTo(400);
    exam.secrets.add("WRONGCODE9");
    JsonObject state = flow.start(session, completing);

    String questionId = state.getJsonObject("question").getString("id");
    TestServer.Reply raised = server.post("/api/me/exam/alerts", completing.token(),
        new JsonObject().put("kind", "QUESTION").put("questionId", questionId));
    assertThat(raised.status()).as(raised.body()).isEqualTo(201);
    TestServer.Reply resolved = server.post("/api/sessions/" + session.id() + "/candidates/"
        + completing.candidateId() + "/alerts/" + raised.json().getString("alertId") + "/resolve",
        session.invigilatorToken(), new JsonObject().put("decision", "dismiss"));
    assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);

    JsonObject last = flow.answerAll(completing, flow.exam(completing), TestBank::correctValue);
    assertThat(last.getString("status")).isEqualTo("COMPLETED");

    ExamFlow.Entered ended = flow.startedCandidate(session, "Martin");
    exam.secrets.add(ended.token());
    TestServer.Reply end = server.post("/api/sessions/" + session.id() + "/candidates/"
        + ended.candidateId() + "/end-test", session.invigilatorToken(),
        new JsonObject().put("reason", "Malaise"));
    assertThat(end.status()).as(end.body()).isEqualTo(200);
    return exam;
  }
}

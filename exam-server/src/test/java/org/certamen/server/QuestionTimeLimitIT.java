package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;

class QuestionTimeLimitIT {
  /** Set by {@link EveryStore} before each run. */
  TestStores.Factory stores;

  private TestServer server;

  @AfterEach
  void stop() {
    server.close();
  }

  @EveryStore
  void servesTheNextQuestionOnceAQuestionsOwnTimeIsOver() {
    server = new TestServer(stores, ServerConfig.defaults(TestServer.STAFF_TOKEN,
        "--question-time-limit-seconds", "60"));
    ExamFlow flow = new ExamFlow(server);
    ExamFlow.Planned session = flow.planSession();
    ExamFlow.Entered candidate = flow.startedCandidate(session, "Lefèvre");
    JsonObject first = flow.exam(candidate);
    server.clock.advance(Duration.ofSeconds(59));
    assertThat(flow.exam(candidate)).isEqualTo(first.copy().put("remainingSeconds", 6300 - 59));

    server.clock.advance(Duration.ofSeconds(1 + 60 + 30));
    JsonObject later = flow.exam(candidate);
    assertThat(later.getInteger("questionIndex")).isEqualTo(3);
    String late = first.getJsonObject("question").getString("id");
    assertThat(flow.answer(candidate, late, TestBank.correctValue(late)).json()).isEqualTo(later);
    assertThat(flow.line(session, candidate).getInteger("answered")).isEqualTo(2);
    JsonObject events = server.get("/api/sessions/" + session.id() + "/candidates/"
        + candidate.candidateId() + "/events", session.invigilatorToken()).json();
    assertThat(events.getJsonArray("events").stream()
        .filter(e -> ((JsonObject) e).getString("type").equals("QUESTION_TIMED_OUT"))).hasSize(2);
  }
}

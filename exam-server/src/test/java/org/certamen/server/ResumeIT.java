package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;

class ResumeIT {
  /** Set by {@link EveryStore} before each run. */
  TestStores.Factory stores;

  private TestServer server;

  @AfterEach
  void stop() {
    server.close();
  }

  @EveryStore
  void resumesAtTheSameQuestionWithTheTimeLeftAtTheLastSignOfActivity() {
    server = new TestServer(stores);
    ExamFlow flow = new ExamFlow(server);
    ExamFlow.Planned session = flow.planSession();
    ExamFlow.Entered candidate = flow.startedCandidate(session, "Lefèvre");
    JsonObject state = flow.exam(candidate);
    for (int i = 0; i < 3; i++) {
      String id = state.getJsonObject("question").getString("id");
      state = flow.answer(candidate, id, TestBank.correctValue(id)).json();
    }
    server.clock.advance(Duration.ofMinutes(5));
    server.post("/api/me/heartbeat", candidate.token(), new JsonObject()
        .put("extensionVersion", "1.0.0").put("blockingActive", true).put("blockedAttempts", 1));
    JsonObject left = flow.exam(candidate);
    server.clock.advance(Duration.ofMinutes(20));

    ExamFlow.Entered back = flow.enter(session, "LEFEVRE", "zoe", "2012-03-04");
    assertThat(back.candidateId()).isEqualTo(candidate.candidateId());
    JsonObject waiting = flow.exam(back);
    assertThat(waiting.getString("status")).isEqualTo("WAITING_RESUME");
    assertThat(waiting.getValue("question")).isNull();
    assertThat(waiting.getLong("remainingSeconds")).isEqualTo(105 * 60 - 5 * 60);
    assertThat(waiting.getBoolean("started")).isTrue();
    assertThat(waiting.getInteger("questionIndex")).isEqualTo(3);
    assertThat(flow.answer(back, left.getJsonObject("question").getString("id"), "1").code())
        .isEqualTo("TEST_NOT_IN_PROGRESS");
    assertThat(flow.line(session, back).getString("status")).isEqualTo("WAITING_RESUME");

    server.clock.advance(Duration.ofMinutes(3));
    flow.authorize(session, back);
    server.clock.advance(Duration.ofMinutes(1));
    JsonObject resumed = flow.start(session, back);
    assertThat(resumed.getString("status")).isEqualTo("IN_PROGRESS");
    assertThat(resumed.getJsonObject("question")).isEqualTo(left.getJsonObject("question"));
    assertThat(resumed.getInteger("questionIndex")).isEqualTo(4);
    assertThat(resumed.getLong("remainingSeconds")).isEqualTo(left.getLong("remainingSeconds"));

    JsonObject events = server.get("/api/sessions/" + session.id() + "/candidates/"
        + back.candidateId() + "/events", session.invigilatorToken()).json();
    assertThat(events.getJsonArray("events").stream().map(e -> ((JsonObject) e).getString("type")))
        .containsExactly("ENTERED", "AUTHORIZED", "STARTED", "ENTERED_AGAIN", "AUTHORIZED", "RESUMED");
  }

  @EveryStore
  void tellsTheEnteringPupilTheNameTheyAreEnrolledUnder() {
    server = new TestServer(stores);
    ExamFlow flow = new ExamFlow(server);
    ExamFlow.Planned session = flow.planSession();
    flow.enrol(session, "Lefèvre", "Zoé", "2012-03-04", 0);

    JsonObject entered = server.post("/api/candidate-sessions", null, new JsonObject()
        .put("sessionId", session.id()).put("lastName", "LEFEVRE").put("firstName", "zoe")
        .put("birthdate", "2012-03-04")).json();

    assertThat(entered.getString("firstName")).isEqualTo("Zoé");
    assertThat(entered.getString("lastName")).isEqualTo("Lefèvre");
  }

  @EveryStore
  void aCandidateWhoEntersAgainBeforeStartingKeepsWaiting() {
    server = new TestServer(stores);
    ExamFlow flow = new ExamFlow(server);
    ExamFlow.Planned session = flow.planSession();
    flow.enrol(session, "Martin", "Léa", "2012-01-01", 0);
    ExamFlow.Entered first = flow.enter(session, "Martin", "Léa", "2012-01-01");
    ExamFlow.Entered again = flow.enter(session, "Martin", "Léa", "2012-01-01");
    assertThat(flow.exam(again).getString("status")).isEqualTo("WAITING_AUTHORIZATION");
    assertThat(flow.exam(again).getBoolean("started")).isFalse();
    assertThat(again.token()).isNotEqualTo(first.token());
  }
}

package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.time.Duration;
import org.certamen.server.redis.TestRedis;
import org.certamen.server.storage.RedisStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A server stopped and another started on the same Redis: the candidate resumes where they were. */
class ServerRestartIT {
  private final String namespace = TestRedis.newNamespace();
  private final TestStores.Factory sharedRedis = new TestStores.Factory("redis",
      clock -> RedisStore.connect(TestRedis.SHARED_URI, namespace, clock));

  @AfterEach
  void deleteKeys() {
    TestRedis.deleteNamespace(TestRedis.SHARED_URI, namespace);
  }

  @Test
  void resumesAtTheSameQuestionWithTheSameTimeAfterTheServerRestarted() {
    TestServer first = new TestServer(sharedRedis);
    ExamFlow.Planned session;
    ExamFlow.Entered candidate;
    JsonObject left;
    try (first) {
      ExamFlow flow = new ExamFlow(first);
      session = flow.planSession();
      candidate = flow.startedCandidate(session, "Lefèvre");
      JsonObject state = flow.exam(candidate);
      for (int i = 0; i < 3; i++) {
        first.clock.advance(Duration.ofMinutes(1));
        String id = state.getJsonObject("question").getString("id");
        state = flow.answer(candidate, id, TestBank.correctValue(id)).json();
      }
      left = flow.exam(candidate);
    }

    try (TestServer second = new TestServer(sharedRedis)) {
      // The new process starts ten minutes after the last answer.
      second.clock.advance(Duration.between(second.clock.instant(), first.clock.instant()).plusMinutes(10));
      ExamFlow flow = new ExamFlow(second);
      ExamFlow.Entered back = flow.enter(session, "Lefèvre", "Zoé", "2012-03-04");
      assertThat(back.candidateId()).isEqualTo(candidate.candidateId());
      JsonObject waiting = flow.exam(back);
      assertThat(waiting.getString("status")).isEqualTo("WAITING_RESUME");
      assertThat(waiting.getLong("remainingSeconds")).isEqualTo(left.getLong("remainingSeconds"));

      flow.authorize(session, back);
      JsonObject resumed = flow.start(session, back);
      assertThat(resumed.getString("status")).isEqualTo("IN_PROGRESS");
      assertThat(resumed.getInteger("questionIndex")).isEqualTo(left.getInteger("questionIndex"));
      assertThat(resumed.getJsonObject("question")).isEqualTo(left.getJsonObject("question"));
      assertThat(resumed.getLong("remainingSeconds")).isEqualTo(left.getLong("remainingSeconds"));

      JsonObject end = flow.answerAll(back, resumed, TestBank::correctValue);
      assertThat(end.getString("status")).isEqualTo("COMPLETED");
      assertThat(end.getInteger("questionIndex")).isEqualTo(end.getInteger("questionCount"));
    }
  }
}

package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.concurrent.CompletableFuture;
import org.certamen.server.redis.TestRedis;
import org.certamen.server.storage.RedisStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two servers sharing one Redis serve the same session, whichever gets each request. */
class TwoServersIT {
  private final String namespace = TestRedis.newNamespace();
  private final TestStores.Factory sharedRedis = new TestStores.Factory("redis",
      clock -> RedisStore.connect(TestRedis.SHARED_URI, namespace, clock));
  private TestServer one;
  private TestServer two;

  @BeforeEach
  void startTwoServers() {
    one = new TestServer(sharedRedis);
    two = new TestServer(sharedRedis);
  }

  @AfterEach
  void stop() {
    one.close();
    two.close();
    TestRedis.deleteNamespace(TestRedis.SHARED_URI, namespace);
  }

  @Test
  void servesOneCandidateWhoseRequestsAlternateBetweenServers() {
    ExamFlow onOne = new ExamFlow(one);
    ExamFlow onTwo = new ExamFlow(two);
    ExamFlow.Planned session = onOne.planSession();
    onTwo.enrol(session, "Lefèvre", "Zoé", "2012-03-04", 0);
    ExamFlow.Entered candidate = onOne.enter(session, "Lefèvre", "Zoé", "2012-03-04");
    onTwo.authorize(session, candidate);
    JsonObject state = onOne.start(session, candidate);
    int answered = 0;
    while (state.getString("status").equals("IN_PROGRESS")) {
      ExamFlow server = answered % 2 == 0 ? onTwo : onOne;
      String questionId = state.getJsonObject("question").getString("id");
      TestServer.Reply reply = server.answer(candidate, questionId, TestBank.correctValue(questionId));
      assertThat(reply.status()).as(reply.body()).isEqualTo(200);
      state = reply.json();
      answered++;
    }
    assertThat(state.getString("status")).isEqualTo("COMPLETED");
    assertThat(answered).isEqualTo(state.getInteger("questionCount"));
    assertThat(onOne.line(session, candidate)).isEqualTo(onTwo.line(session, candidate));
  }

  @Test
  void recordsOnceAnAnswerSentToBothServersAtTheSameTime() {
    ExamFlow onOne = new ExamFlow(one);
    ExamFlow onTwo = new ExamFlow(two);
    ExamFlow.Planned session = onOne.planSession();
    ExamFlow.Entered candidate = onOne.startedCandidate(session, "Lefèvre");
    for (int i = 0; i < 5; i++) {
      String questionId = onOne.exam(candidate).getJsonObject("question").getString("id");
      Object value = TestBank.correctValue(questionId);
      CompletableFuture<TestServer.Reply> viaOne =
          CompletableFuture.supplyAsync(() -> onOne.answer(candidate, questionId, value));
      CompletableFuture<TestServer.Reply> viaTwo =
          CompletableFuture.supplyAsync(() -> onTwo.answer(candidate, questionId, value));
      TestServer.Reply first = viaOne.join();
      TestServer.Reply second = viaTwo.join();
      assertThat(first.status()).as(first.body()).isEqualTo(200);
      assertThat(second.status()).as(second.body()).isEqualTo(200);
      assertThat(first.json().getInteger("questionIndex")).isEqualTo(i + 2);
      assertThat(second.json()).isEqualTo(first.json());
    }
    assertThat(onTwo.line(session, candidate).getInteger("answered")).isEqualTo(5);
  }
}

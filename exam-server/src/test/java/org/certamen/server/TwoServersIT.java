package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import org.certamen.server.redis.TestRedis;
import org.certamen.server.storage.RedisStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two servers with stores of their own (their own Redis connections, as two processes would have)
 * serve the same session, whichever gets each request.
 */
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
}

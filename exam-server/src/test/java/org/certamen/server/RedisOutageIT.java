package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certamen.server.ErrorPathsIT.assertProblem;

import io.vertx.core.json.JsonObject;
import org.certamen.processes.RedisProcess;
import org.certamen.server.redis.RedisConnection;
import org.certamen.server.storage.RedisStore;
import org.junit.jupiter.api.Test;

/** While Redis is down the API answers 503 with a problem body; then it serves again by itself. */
class RedisOutageIT {

  @Test
  void answersStoreUnavailableDuringAnOutageAndRecoversWithoutRestart() throws Exception {
    try (RedisProcess redis = RedisProcess.start();
        TestServer server = new TestServer(new TestStores.Factory("redis",
            clock -> RedisStore.connect(redis.uri(), clock)))) {
      ExamFlow flow = new ExamFlow(server);
      ExamFlow.Planned session = flow.planSession();
      ExamFlow.Entered candidate = flow.startedCandidate(session, "Lefèvre");
      String questionId = flow.exam(candidate).getJsonObject("question").getString("id");

      redis.kill();
      assertProblem(server.get("/api/me/exam", candidate.token()), 503, "STORE_UNAVAILABLE");
      assertProblem(server.post("/api/me/exam/answers", candidate.token(), new JsonObject()
          .put("questionId", questionId).put("value", TestBank.correctValue(questionId))),
          503, "STORE_UNAVAILABLE");

      redis.restart();
      // Each pooled connection reconnects on its own: wait for two full rounds of them in a row.
      TestServer.Reply exam = server.get("/api/me/exam", candidate.token());
      int servedInARow = 0;
      for (int attempt = 0; servedInARow < 2 * RedisConnection.CONNECTIONS && attempt < 1_000;
          attempt++) {
        exam = server.get("/api/me/exam", candidate.token());
        if (exam.status() == 503) {
          servedInARow = 0;
          Thread.sleep(50);
        } else {
          servedInARow++;
        }
      }
      assertThat(exam.status()).as(exam.body()).isEqualTo(200);
      assertThat(exam.json().getJsonObject("question").getString("id")).isEqualTo(questionId);
      assertThat(flow.answer(candidate, questionId, TestBank.correctValue(questionId)).status())
          .isEqualTo(200);
    }
  }
}

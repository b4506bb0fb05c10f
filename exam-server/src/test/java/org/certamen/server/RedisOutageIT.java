package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certamen.server.ErrorPathsIT.assertProblem;

import io.vertx.core.json.JsonObject;
import org.certamen.server.redis.RedisProcess;
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
      TestServer.Reply exam = server.get("/api/me/exam", candidate.token());
      for (int attempt = 0; exam.status() == 503 && attempt < 100; attempt++) {
        Thread.sleep(100);
        exam = server.get("/api/me/exam", candidate.token());
      }
      assertThat(exam.status()).as(exam.body()).isEqualTo(200);
      assertThat(exam.json().getJsonObject("question").getString("id")).isEqualTo(questionId);
      assertThat(flow.answer(candidate, questionId, TestBank.correctValue(questionId)).status())
          .isEqualTo(200);
    }
  }
}

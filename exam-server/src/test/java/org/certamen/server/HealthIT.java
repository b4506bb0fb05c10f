package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certamen.server.ErrorPathsIT.assertProblem;

import org.certamen.processes.RedisProcess;
import org.certamen.server.storage.RedisStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The health routes: live while the process serves, ready while the store answers. */
class HealthIT {

  @ParameterizedTest
  @MethodSource("org.certamen.server.TestStores#all")
  void isLiveAndReadyWithoutAToken(TestStores.Factory stores) {
    try (TestServer server = new TestServer(stores)) {
      TestServer.Reply live = server.get("/health/live", null);
      assertThat(live.status()).isEqualTo(200);
      assertThat(live.json().getString("status")).isEqualTo("UP");
      TestServer.Reply ready = server.get("/health/ready", null);
      assertThat(ready.status()).as(ready.body()).isEqualTo(200);
      assertThat(ready.contentType()).isEqualTo("application/json");
      assertThat(ready.body()).isEqualTo("{\"status\":\"UP\",\"checks\":[{\"id\":\"bank\","
          + "\"status\":\"UP\"},{\"id\":\"store\",\"status\":\"UP\"}]}");
    }
  }

  @Test
  void isNotReadyWhileRedisIsDownAndReadyAgainWhenItReturns() throws Exception {
    try (RedisProcess redis = RedisProcess.start();
        TestServer server = new TestServer(new TestStores.Factory("redis",
            clock -> RedisStore.connect(redis.uri(), clock)))) {
      assertThat(server.get("/health/ready", null).status()).isEqualTo(200);

      redis.kill();
      TestServer.Reply down = server.get("/health/ready", null);
      assertProblem(down, 503, "NOT_READY");
      assertThat(down.json().getString("detail")).isEqualTo("Not ready: store");
      assertThat(down.body()).doesNotContain(redis.uri(), "127.0.0.1");
      assertThat(server.get("/health/live", null).status()).isEqualTo(200);

      redis.restart();
      // Lettuce reconnects by itself within about a second.
      TestServer.Reply ready = server.get("/health/ready", null);
      for (int attempt = 0; ready.status() != 200 && attempt < 100; attempt++) {
        Thread.sleep(100);
        ready = server.get("/health/ready", null);
      }
      assertThat(ready.status()).as(ready.body()).isEqualTo(200);
    }
  }
}

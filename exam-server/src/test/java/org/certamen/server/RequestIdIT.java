package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import org.junit.jupiter.api.Test;

/** Every response carries a request id, also written in its problem body. */
class RequestIdIT {
  private static final MultiMap FROM_PROXY =
      MultiMap.caseInsensitiveMultiMap().add("X-Request-Id", "nginx-4f2a9c");

  @Test
  void everyResponseHasAnIdAndEveryProblemBodyTheSame() {
    try (TestServer server = new TestServer(TestStores.all().get(0))) {
      TestServer.Reply page = server.get("/exam/", null);
      TestServer.Reply problem = server.get("/api/me/exam", "no-such-token");
      TestServer.Reply unknown = server.get("/api/nothing-here", null);
      for (TestServer.Reply reply : java.util.List.of(page, problem, unknown)) {
        assertThat(reply.requestId()).as(reply.path()).matches("[0-9a-f]{16}");
      }
      assertThat(problem.status()).isEqualTo(401);
      assertThat(problem.json().getString("requestId")).isEqualTo(problem.requestId());
      assertThat(unknown.json().getString("requestId")).isEqualTo(unknown.requestId());
      assertThat(page.requestId()).isNotEqualTo(problem.requestId());
    }
  }

  @Test
  void keepsTheIdOfATrustedProxyOnly() {
    try (TestServer untrusting = new TestServer(TestStores.all().get(0))) {
      assertThat(untrusting.send(HttpMethod.GET, "/health/live", null, null, FROM_PROXY)
          .requestId()).isNotEqualTo("nginx-4f2a9c");
    }
    ServerConfig config = ServerConfig.defaults(TestServer.STAFF_TOKEN,
        "--trusted-proxies", "127.0.0.1");
    try (TestServer trusting = new TestServer(TestStores.all().get(0), config)) {
      TestServer.Reply problem = trusting.send(HttpMethod.GET, "/api/me/exam", "no-such-token",
          null, FROM_PROXY);
      assertThat(problem.requestId()).isEqualTo("nginx-4f2a9c");
      assertThat(problem.json().getString("requestId")).isEqualTo("nginx-4f2a9c");
      MultiMap hostile = MultiMap.caseInsensitiveMultiMap().add("X-Request-Id", "a b\"{}");
      assertThat(trusting.send(HttpMethod.GET, "/health/live", null, null, hostile).requestId())
          .matches("[0-9a-f]{16}");
    }
  }
}

package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Rate limits count by the client's address, which only a trusted proxy may tell. */
class ClientAddressesIT {
  private static final int LIMIT = 10;

  @Test
  void behindATrustedProxyEachClientHasItsOwnLimit() {
    ServerConfig config = ServerConfig.defaults(TestServer.STAFF_TOKEN,
        "--trusted-proxies", "127.0.0.1");
    try (TestServer server = new TestServer(TestStores.all().get(0), config)) {
      for (int i = 0; i < LIMIT; i++) {
        assertThat(unknownSession(server, "203.0.113.7").status()).isEqualTo(404);
      }
      assertThat(unknownSession(server, "203.0.113.7").status()).isEqualTo(429);
      // Another pupil behind the same proxy is not blocked by the first one's mistakes.
      assertThat(unknownSession(server, "203.0.113.8").status()).isEqualTo(404);
      // The address the proxy appended counts, not what the client wrote before it.
      assertThat(unknownSession(server, "198.51.100.1, 203.0.113.7").status()).isEqualTo(429);
    }
  }

  @Test
  void aClientThatIsNotATrustedProxyCannotChooseItsAddress() {
    try (TestServer server = new TestServer(TestStores.all().get(0))) {
      for (int i = 0; i < LIMIT; i++) {
        assertThat(unknownSession(server, "203.0.113." + i).status()).isEqualTo(404);
      }
      assertThat(unknownSession(server, "203.0.113.99").status()).isEqualTo(429);
    }
  }

  private static TestServer.Reply unknownSession(TestServer server, String forwardedFor) {
    JsonObject identity = new JsonObject().put("sessionId", "999999").put("lastName", "Lefèvre")
        .put("firstName", "Zoé").put("birthdate", "2012-03-04");
    return server.send(HttpMethod.POST, "/api/candidate-sessions", null, identity.toBuffer(),
        MultiMap.caseInsensitiveMultiMap().add("Content-Type", "application/json")
            .add("X-Forwarded-For", forwardedFor));
  }
}

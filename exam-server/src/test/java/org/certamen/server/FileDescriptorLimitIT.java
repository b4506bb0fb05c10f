package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One client opening more connections than the server has file descriptors, each sending a head
 * and never finishing: with the caps the server keeps serving others; without them it runs out of
 * descriptors, and must still accept again once they close.
 */
class FileDescriptorLimitIT {
  private static final String ATTACKER = "127.0.0.2";
  private static final Duration REPLY_WAIT = Duration.ofSeconds(20);

  private final List<RawConnection> attack = new ArrayList<>();
  private ServerProcess server;

  @AfterEach
  void stop() {
    attack.forEach(RawConnection::close);
    if (server != null) {
      server.close();
    }
  }

  @Test
  void logsTheDescriptorLimitAndServesOthersWhileOneAddressOpensMoreConnectionsThanItAllows() {
    server = ServerProcess.start(1024);
    assertThat(server.output()).contains("File descriptors: limit 1024;",
        "connections held at most 768 overall and 512 per client address");

    openSlowConnections(1100);

    assertThat(get("127.0.0.1")).startsWith("HTTP/1.1 404").contains("ROUTE_NOT_FOUND");
  }

  @Test
  void acceptsAgainOnceConnectionsThatExhaustedTheDescriptorsClose() {
    server = ServerProcess.start(200, "--max-connections", "100000",
        "--max-connections-per-address", "0");
    // Run from the class path, the server opens a file for each class it loads the first time:
    // load those of this reply before no descriptor is left (the jar is open for good).
    assertThat(get("127.0.0.1")).startsWith("HTTP/1.1 404");

    openSlowConnections(300);
    awaitOutput("Too many open files");
    attack.forEach(RawConnection::close);

    assertThat(get("127.0.0.1")).startsWith("HTTP/1.1 404").contains("ROUTE_NOT_FOUND");
  }

  private void openSlowConnections(int count) {
    for (int i = 0; i < count; i++) {
      attack.add(RawConnection.open(ATTACKER, server.port())
          .send(i % 2 == 0 ? RawConnection.unfinishedHead("/api/openapi.json")
              : RawConnection.headWithoutBody("/api/sessions")));
    }
  }

  private void awaitOutput(String text) {
    Await.condition(() -> server.output().contains(text), REPLY_WAIT);
    assertThat(server.output()).contains(text);
  }

  /** A small request (an unknown route) on a new connection: the head of the reply. */
  private String get(String from) {
    try (RawConnection connection = RawConnection.open(from, server.port())) {
      return connection.send("GET /api/nowhere HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
          .readResponse(REPLY_WAIT);
    }
  }
}

package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.certamen.server.http.ConnectionLimits;
import org.certamen.server.http.ConnectionWatch;
import org.certamen.server.storage.InMemoryStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Clients that open connections and never finish a request: each is closed once it overstays by
 * the server's clock (moved by hand; the tests only wait for the watch's next sweep), and beyond
 * the caps connections are refused while other clients are served.
 */
class SlowClientsIT {
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(60);
  /** Two sweeps of the watch: a connection still open after it was not closed by the sweep. */
  private static final Duration SWEEP_WAIT = ConnectionWatch.SWEEP_INTERVAL.multipliedBy(2);
  /** How long a connection that must be closed may take, on a busy machine; returns at the close. */
  private static final Duration CLOSE_WAIT = Duration.ofSeconds(15);
  private static final String ATTACKER = "127.0.0.2";

  @RegisterExtension
  final JsonLogCapture jsonLog = new JsonLogCapture();
  private final List<RawConnection> connections = new ArrayList<>();
  private TestServer server;

  @AfterEach
  void close() {
    connections.forEach(RawConnection::close);
    if (server != null) {
      server.close();
    }
  }

  /** A head that never ends, and a whole head announcing a body that never comes. */
  @ParameterizedTest
  @ValueSource(strings = {"unfinished head", "head without body"})
  void closesAConnectionWhoseRequestNeverEndsOnceTheReadTimeoutPassed(String shape) {
    start(new ConnectionLimits(READ_TIMEOUT, IDLE_TIMEOUT, 100, 10));
    RawConnection slow = open(ATTACKER).send(shape.equals("unfinished head")
        ? RawConnection.unfinishedHead("/api/openapi.json")
        : RawConnection.headWithoutBody("/api/sessions"));
    awaitHeld(1);

    server.clock.advance(READ_TIMEOUT.minusSeconds(1));
    assertThat(slow.closedWithin(SWEEP_WAIT)).isFalse();
    server.clock.advance(Duration.ofSeconds(2));
    assertThat(slow.closedWithin(CLOSE_WAIT)).isTrue();
    awaitRefused("request-read-timeout", 1);
    // Closing a slow client is the server's own doing, not a failure to report.
    assertThat(jsonLog.text().lines().map(line -> new JsonObject(line).getString("level")))
        .doesNotContain("ERROR");
  }

  @Test
  void keepsAnIdleConnectionUntilTheIdleTimeoutPassed() {
    start(new ConnectionLimits(READ_TIMEOUT, IDLE_TIMEOUT, 100, 10));
    RawConnection kept = open(ATTACKER).send("GET /api/nowhere HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    assertThat(kept.readResponse(Duration.ofSeconds(5))).startsWith("HTTP/1.1 404");

    server.clock.advance(IDLE_TIMEOUT.minusSeconds(1));
    assertThat(kept.closedWithin(SWEEP_WAIT)).isFalse();
    server.clock.advance(Duration.ofSeconds(2));
    assertThat(kept.closedWithin(CLOSE_WAIT)).isTrue();
    awaitRefused("idle-timeout", 1);
  }

  @Test
  void refusesConnectionsOverTheCapOfOneAddressAndServesOtherClientsMeanwhile() {
    start(new ConnectionLimits(READ_TIMEOUT, IDLE_TIMEOUT, 100, 5));
    for (int i = 0; i < 5; i++) {
      open(ATTACKER).send(RawConnection.headWithoutBody("/api/sessions"));
    }
    awaitHeld(5);
    RawConnection refused = open(ATTACKER);

    assertThat(refused.closedWithin(CLOSE_WAIT)).isTrue();
    assertThat(server.get("/api/openapi.json", null).status()).isEqualTo(200);
    assertThat(connections.get(0).closedWithin(Duration.ofMillis(200))).isFalse();
    awaitRefused("max-connections-per-address", 1);
  }

  @Test
  void refusesConnectionsOverTheOverallCapAndRecoversOnceTheyClose() {
    start(new ConnectionLimits(READ_TIMEOUT, IDLE_TIMEOUT, 6, 0));
    assertThat(server.get("/api/openapi.json", null).status()).isEqualTo(200);
    int held = server.verticle().connections().total();
    for (int i = held; i < 6; i++) {
      open(ATTACKER).send(RawConnection.unfinishedHead("/api/openapi.json"));
    }
    awaitHeld(6);
    assertThat(open("127.0.0.3").closedWithin(CLOSE_WAIT)).isTrue();
    assertThat(server.verticle().metrics().connectionsRefused("max-connections")).isEqualTo(1);

    server.clock.advance(READ_TIMEOUT.plusSeconds(1));
    connections.stream().limit(6 - held).forEach(slow ->
        assertThat(slow.closedWithin(CLOSE_WAIT)).isTrue());
    awaitHeld(held);
    RawConnection after = open("127.0.0.3")
        .send("GET /api/nowhere HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    assertThat(after.readResponse(CLOSE_WAIT)).startsWith("HTTP/1.1 404");
  }

  private void start(ConnectionLimits limits) {
    // Connections are handled before any store is reached: the memory store is enough.
    server = new TestServer(new TestStores.Factory("memory", InMemoryStore::new),
        ServerConfig.defaults(TestServer.STAFF_TOKEN,
            "--request-read-timeout-seconds", Long.toString(limits.requestReadTimeout().toSeconds()),
            "--idle-timeout-seconds", Long.toString(limits.idleTimeout().toSeconds()),
            "--max-connections", Integer.toString(limits.maxConnections()),
            "--max-connections-per-address", Integer.toString(limits.maxConnectionsPerAddress())));
  }

  /** The server counts a connection a little after the client sees it connected, or closed. */
  private void awaitHeld(int count) {
    Await.condition(() -> server.verticle().connections().total() == count, CLOSE_WAIT);
    assertThat(server.verticle().connections().total()).isEqualTo(count);
  }

  /**
   * The metric "slow-client connections refused" counts {@code count} for {@code reason}, as
   * {@code /metrics} shows it (the scrape's own connection comes from 127.0.0.1, under the caps).
   */
  private void awaitRefused(String reason, int count) {
    String sample = "certamen_connections_refused_total{reason=\"" + reason + "\"} " + count + ".0";
    Await.condition(() -> server.get("/metrics", null).body().contains(sample), CLOSE_WAIT);
    assertThat(server.get("/metrics", null).body()).contains(sample);
  }

  private RawConnection open(String from) {
    RawConnection connection = RawConnection.open(from, server.port());
    connections.add(connection);
    return connection;
  }
}

package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.certamen.processes.RedisProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** SIGTERM to a server process: it stops within ten seconds, in flight or under attack, and exits 0. */
class GracefulShutdownIT {
  private static final Duration STOP_LIMIT = Duration.ofSeconds(10);

  private final HttpClient http = HttpClient.newHttpClient();
  private final List<RawConnection> connections = new ArrayList<>();
  private ServerProcess server;

  @AfterEach
  void stop() {
    connections.forEach(RawConnection::close);
    if (server != null) {
      server.close();
    }
  }

  @Test
  void finishesTheRequestInFlightEndsEventStreamsWithALastEventAndExitsZero() throws Exception {
    try (RedisProcess redis = RedisProcess.start()) {
      server = ServerProcess.start(1024, "--store", redis.uri());
      JsonObject session = post("/api/sessions", TestServer.STAFF_TOKEN, plannedSession());
      String invigilatorToken = post("/api/invigilator-sessions", null, new JsonObject()
          .put("sessionId", session.getString("id"))
          .put("password", session.getString("invigilatorPassword"))).getString("token");
      RawConnection stream = open().send("GET /api/sessions/" + session.getString("id")
          + "/supervision/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
          + invigilatorToken + "\r\n\r\n");
      assertThat(stream.readUntil("event: supervision", STOP_LIMIT)).contains("event: supervision");
      // A frozen Redis holds the next request in flight: received, waiting for the store.
      redis.signal("STOP");
      String body = plannedSession().encode();
      RawConnection inFlight = open().send("POST /api/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Authorization: Bearer " + TestServer.STAFF_TOKEN + "\r\nContent-Type: application/json"
          + "\r\nContent-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body);
      Thread.sleep(300);

      long signalled = System.nanoTime();
      server.terminate();

      assertThat(stream.readUntil("event: stopping", STOP_LIMIT)).contains("event: stopping");
      awaitRefused();
      redis.signal("CONT");
      assertThat(inFlight.readResponse(STOP_LIMIT)).startsWith("HTTP/1.1 201");
      assertThat(server.exitCode(STOP_LIMIT)).isZero();
      assertThat(Duration.ofNanos(System.nanoTime() - signalled)).isLessThan(STOP_LIMIT);
      assertThat(server.output()).contains("Stopping", "Stopped in");
    }
  }

  @Test
  void stopsWithinTenSecondsWhileSlowClientsHoldConnections() {
    server = ServerProcess.start(1024);
    for (int i = 0; i < 300; i++) {
      connections.add(RawConnection.open("127.0.0.2", server.port())
          .send(i % 2 == 0 ? RawConnection.unfinishedHead("/api/openapi.json")
              : RawConnection.headWithoutBody("/api/sessions")));
    }

    long signalled = System.nanoTime();
    server.terminate();

    assertThat(server.exitCode(STOP_LIMIT.plusSeconds(5))).as(server::output).isZero();
    assertThat(Duration.ofNanos(System.nanoTime() - signalled)).isLessThan(STOP_LIMIT);
  }

  /** Waits until a new connection is refused: the server no longer accepts. */
  private void awaitRefused() {
    long deadline = System.nanoTime() + STOP_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        RawConnection.open("127.0.0.1", server.port()).close();
      } catch (UncheckedIOException refused) {
        return;
      }
    }
    throw new AssertionError("The server still accepts connections");
  }

  private static JsonObject plannedSession() {
    return new JsonObject().put("centre", "Collège Jean Moulin").put("address", "1 rue de la Paix")
        .put("room", "B12").put("examiner", "Mme Martin")
        // The process runs on the real clock, and a session cannot be planned in the past.
        .put("date", LocalDate.now().plusDays(1).toString())
        .put("time", "09:00");
  }

  private JsonObject post(String path, String token, JsonObject body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.port() + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body.encode()));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return new JsonObject(response.body());
  }

  private RawConnection open() {
    RawConnection connection = RawConnection.open("127.0.0.1", server.port());
    connections.add(connection);
    return connection;
  }
}

package org.certamen.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code deploy/local-cluster.sh} (two servers, Redis with AOF, Debian's nginx with affinity)
 * serves a small load run through the proxy with no error, and the supervision's server-sent
 * events come through the proxy as they are sent.
 */
class LocalClusterIT {
  private static final String STAFF_TOKEN = "local-cluster-it-staff-token";
  private static final long START_SECONDS = 180;

  @TempDir
  Path dir;
  private Process cluster;
  private URI proxy;
  private final Vertx vertx = LoadCommand.clientVertx();

  @BeforeEach
  void startTheCluster() throws Exception {
    ProcessBuilder builder = new ProcessBuilder("bash", "../deploy/local-cluster.sh", "--dir",
        dir.toString(), "--server-command", String.join(" ", TestLauncher.examServer(dir).command()))
        .redirectErrorStream(true);
    builder.environment().put("CERTAMEN_STAFF_TOKEN", STAFF_TOKEN);
    cluster = builder.start();
    CompletableFuture<URI> listening = new CompletableFuture<>();
    StringBuilder output = new StringBuilder();
    Thread reader = new Thread(() -> {
      try (BufferedReader lines = new BufferedReader(
          new InputStreamReader(cluster.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          output.append(line).append('\n');
          if (line.startsWith("Proxy listening on ")) {
            listening.complete(URI.create(line.substring("Proxy listening on ".length())));
          }
        }
        listening.completeExceptionally(new IllegalStateException("The cluster stopped:\n" + output));
      } catch (IOException e) {
        listening.completeExceptionally(e);
      }
    });
    reader.setDaemon(true);
    reader.start();
    proxy = listening.get(START_SECONDS, TimeUnit.SECONDS);
  }

  @AfterEach
  void stopTheCluster() throws Exception {
    vertx.close();
    cluster.destroy();
    assertThat(cluster.waitFor(30, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void servesALoadRunAndServerSentEventsThroughTheProxy() throws Exception {
    assertThat(Files.readString(dir.resolve("nginx/certamen.conf")))
        .contains("hash $affinity consistent;", "proxy_buffering off;");
    assertThat(Files.list(dir.resolve("redis/appendonlydir")).toList()).isNotEmpty();

    LoadOptions options = LoadOptions.parse(List.of("--target", proxy.toString(),
        "--candidates", "20"), Map.of("CERTAMEN_STAFF_TOKEN", STAFF_TOKEN));
    JsonObject summary = new LoadRun(vertx, options).run().toJson();
    assertThat(summary.getLong("errorCount")).as(summary.encodePrettily()).isZero();
    assertThat(summary.getLong("acknowledgedAnswers")).isEqualTo(20 * 32);
    assertThat(summary.getLong("completed")).isEqualTo(20);

    supervisionEventsComeThroughAsTheyAreSent();
  }

  private void supervisionEventsComeThroughAsTheyAreSent() throws Exception {
    ApiClient api = new ApiClient(vertx, List.of(proxy), 4, 10_000, new LoadStats());
    Room room = Await.result(new Staff(api, STAFF_TOKEN).prepare(1, 1, 7)).get(0);
    HttpClient client = vertx.createHttpClient();
    StringBuilder received = new StringBuilder();
    CompletableFuture<String> first = new CompletableFuture<>();
    CompletableFuture<String> withNewCandidate = new CompletableFuture<>();
    Await.result(client.request(new RequestOptions().setMethod(HttpMethod.GET)
            .setHost(proxy.getHost()).setPort(proxy.getPort())
            .setURI("/api/sessions/" + room.sessionId() + "/supervision/events")
            .putHeader("Authorization", ApiClient.bearer(room.invigilatorToken())))
        .compose(request -> request.send()).map(response -> {
          assertThat(response.statusCode()).isEqualTo(200);
          assertThat(response.getHeader("Content-Type")).startsWith("text/event-stream");
          assertThat(response.getHeader("X-Request-Id")).matches("[0-9a-f]{32}");
          response.handler((Buffer chunk) -> {
            synchronized (received) {
              received.append(chunk.toString(StandardCharsets.UTF_8));
              if (received.indexOf("data:") >= 0) {
                first.complete(received.toString());
              }
              if (received.indexOf("Retardataire") >= 0) {
                withNewCandidate.complete(received.toString());
              }
            }
          });
          return response;
        }));
    assertThat(first.get(20, TimeUnit.SECONDS)).contains("\"candidates\"");

    ApiClient.Reply enrolled = Await.result(api.post(Staff.ENROL, "/api/sessions/"
        + room.sessionId() + "/candidates", STAFF_TOKEN, new JsonObject()
        .put("lastName", "Retardataire").put("firstName", "Léa").put("birthdate", "2011-05-06")
        .put("division", "3e B").put("extraTimePercentage", 0).put("needsAccessibility", false)));
    assertThat(enrolled.status()).isEqualTo(201);
    assertThat(withNewCandidate.get(20, TimeUnit.SECONDS)).contains("Retardataire");
    client.close();
    api.close();
  }
}

package org.certamen.benchmarks.load;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VerticleBase;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.HdrHistogram.Histogram;
import org.certamen.benchmarks.BenchmarksCommand;
import org.certamen.processes.FreePorts;
import org.certamen.processes.Processes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ceiling}: the framework's own ceiling on this machine. Starts a bare Vert.x endpoint that
 * returns a fixed JSON body in a process of its own on loopback, as the exam server runs, and
 * loads it with the generator's client for a while: what the exam server would reach if its work
 * cost nothing. {@code ceiling --serve PORT} is that process.
 */
@Command(name = "ceiling", sortOptions = false,
    description = "Loads a bare Vert.x endpoint returning a fixed JSON body, in a process of its"
        + " own, with the load generator's client: what the exam server would reach if its work"
        + " cost nothing.")
public final class CeilingCommand implements Callable<Integer> {
  static final String ENDPOINT = "GET /ceiling";
  private static final Buffer FIXED = new JsonObject().put("status", "IN_PROGRESS")
      .put("questionIndex", 1).put("questionCount", 32).put("remainingSeconds", 6300).toBuffer();

  @Option(names = "--seconds", paramLabel = "S", description = "How long to measure, after 5 s of"
      + " warm-up (default ${DEFAULT-VALUE}).")
  private int seconds = 10;

  @Option(names = "--connections", paramLabel = "C",
      description = "Requests kept in flight (default ${DEFAULT-VALUE}).")
  private int connections = LoadOptions.DEFAULT_CONNECTIONS;

  @Option(names = "--instances", paramLabel = "N", description = "Server event loops, as the exam"
      + " server's (default ${DEFAULT-VALUE}).")
  private int instances = 1;

  @Option(names = "--serve", paramLabel = "PORT",
      description = "Only serve the bare endpoint on this port.")
  private int serve = 0;

  @Option(names = "--json", description = "Print one JSON object instead of a line.")
  private boolean json;

  @Override
  public Integer call() throws InterruptedException {
    if (serve > 0) {
      int port = serve;
      Await.result(Vertx.vertx().deployVerticle(() -> new BareServer(port),
          new DeploymentOptions().setInstances(instances)));
      System.out.println("Listening on http://127.0.0.1:" + port);
      // Serves until the process is killed: the jar's main exits when a command returns.
      Thread.currentThread().join();
    }
    int port = FreePorts.next();
    Process server = startServer(port, instances);
    Vertx clientVertx = LoadCommand.clientVertx();
    try {
      JsonObject result = measure(clientVertx, port, seconds, connections);
      result.put("serverInstances", instances);
      System.out.println(json ? result.encode() : String.format(Locale.ROOT,
          "bare Vert.x endpoint, %d server event loop(s), %d connections, %d s: %.0f requests/s,"
              + " p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, %d errors", instances, connections,
          seconds, result.getDouble("requestsPerSecond"), result.getDouble("p50Millis"),
          result.getDouble("p99Millis"), result.getDouble("p999Millis"), result.getLong("errorCount")));
    } finally {
      clientVertx.close();
      Processes.kill(server);
    }
    return 0;
  }

  /** This jar's {@code ceiling --serve PORT} in a new process, once it listens. */
  private static Process startServer(int port, int instances) {
    String java = ProcessHandle.current().info().command().orElse("java");
    try {
      Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
          BenchmarksCommand.class.getName(), "ceiling", "--serve", Integer.toString(port),
          "--instances", Integer.toString(instances)).redirectErrorStream(true).start();
      Processes.awaitLine(process, new BufferedReader(new InputStreamReader(process.getInputStream(),
          StandardCharsets.UTF_8)), "Listening on", 60_000, null);
      return process;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the bare endpoint: " + e.getMessage(), e);
    }
  }

  /** Keeps {@code connections} requests in flight for {@code seconds}, after 5 s of warm-up. */
  static JsonObject measure(Vertx vertx, int port, int seconds, int connections) {
    URI target = URI.create("http://127.0.0.1:" + port);
    LoadStats warmup = new LoadStats();
    loop(new ApiClient(vertx, List.of(target), connections, 10_000, warmup), connections, 5);
    LoadStats stats = new LoadStats();
    long begin = System.nanoTime();
    loop(new ApiClient(vertx, List.of(target), connections, 10_000, stats), connections, seconds);
    double elapsed = (System.nanoTime() - begin) / 1e9;
    Histogram latency = stats.latency(ENDPOINT);
    return new JsonObject()
        .put("requestsPerSecond", Math.round(latency.getTotalCount() / elapsed * 10) / 10.0)
        .put("p50Millis", LoadStats.percentileMillis(latency, 50))
        .put("p99Millis", LoadStats.percentileMillis(latency, 99))
        .put("p999Millis", LoadStats.percentileMillis(latency, 99.9))
        .put("errorCount", stats.errorCount())
        .put("connections", connections)
        .put("seconds", seconds);
  }

  private static void loop(ApiClient api, int connections, int seconds) {
    long endNanos = System.nanoTime() + seconds * 1_000_000_000L;
    List<Future<Void>> users = new ArrayList<>();
    for (int i = 0; i < connections; i++) {
      Promise<Void> done = Promise.promise();
      request(api, endNanos, done);
      users.add(done.future());
    }
    Await.result(Future.join(users));
    api.close();
  }

  private static void request(ApiClient api, long endNanos, Promise<Void> done) {
    if (System.nanoTime() >= endNanos) {
      done.complete();
      return;
    }
    api.get(ENDPOINT, "/ceiling", null).onComplete(reply -> request(api, endNanos, done));
  }

  /** Answers every request with the same small JSON body. */
  static final class BareServer extends VerticleBase {
    private final int port;

    BareServer(int port) {
      this.port = port;
    }

    @Override
    public Future<?> start() {
      return vertx.createHttpServer()
          .requestHandler(request -> request.response()
              .putHeader("Content-Type", "application/json").end(FIXED))
          .listen(port, "127.0.0.1");
    }
  }
}

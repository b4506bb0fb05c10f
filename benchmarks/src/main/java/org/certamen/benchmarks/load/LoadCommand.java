package org.certamen.benchmarks.load;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code load}: simulates candidates taking the exam against running servers, and reports. */
@Command(name = "load", sortOptions = false,
    description = "Simulates candidates taking the exam against running servers, and reports.",
    footer = {"", "The staff token may also come from " + LoadCommand.STAFF_TOKEN_VARIABLE + "."})
public final class LoadCommand implements Callable<Integer> {
  static final String STAFF_TOKEN_VARIABLE = "CERTAMEN_STAFF_TOKEN";
  /**
   * Kept so that the setting holds: the client counts dropped connections as errors itself, and
   * during drills Vert.x would log each one.
   */
  private static final Logger CONNECTION_LOG = Logger.getLogger("io.vertx.core.net.impl.ConnectionBase");

  @Spec
  private CommandSpec spec;

  @Option(names = {"--target", "--targets"}, required = true, split = ",", paramLabel = "URL",
      description = "Servers to load, each session on one of them in turn (per-session"
          + " affinity): http://HOST:PORT on loopback.")
  private List<String> targets;

  @Option(names = "--staff-token", paramLabel = "T", description = "The staff token.")
  private String staffToken;

  @Option(names = "--candidates", required = true, paramLabel = "N",
      description = "Candidates taking the test.")
  private long candidates;

  @Option(names = "--think-ms", paramLabel = "MS",
      description = "Pause before each answer (default ${DEFAULT-VALUE}).")
  private long thinkMillis = 0;

  @Option(names = "--json", description = "Print one JSON object instead of a table.")
  private boolean json;

  @Option(names = "--rush-seconds", paramLabel = "S", description = "Spread the candidates'"
      + " arrivals over S seconds (default ${DEFAULT-VALUE}: all at once).")
  private long rushSeconds = 0;

  @Option(names = "--answers", paramLabel = "K", description = "Answers per candidate (default"
      + " ${DEFAULT-VALUE}, the whole test; 0: enter and start).")
  private long answers = 32;

  @Option(names = "--connections", paramLabel = "C", description = "Connections per target"
      + " (default ${DEFAULT-VALUE}); more candidates queue for one.")
  private long connections = LoadOptions.DEFAULT_CONNECTIONS;

  @Option(names = "--timeout-ms", paramLabel = "MS", description = "A request without a response"
      + " by then is an error (default ${DEFAULT-VALUE}).")
  private long timeoutMillis = 10_000;

  @Option(names = "--server-pid", paramLabel = "PID", description = "Read the server's heap with"
      + " jcmd, to report heap per candidate.")
  private long serverPid = 0;

  @Option(names = "--seconds", paramLabel = "S", description = "Stop answering S seconds after"
      + " the first arrival (default ${DEFAULT-VALUE}: at the end).")
  private long seconds = 0;

  @Option(names = "--warm-up", description = "Run the same load once first, unreported, in this"
      + " process: the measured run then finds the generator's code compiled, as the server's.")
  private boolean warmUp;

  @Override
  public Integer call() {
    LoadOptions options;
    try {
      options = options(System.getenv());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Vertx vertx = clientVertx();
    try {
      if (warmUp) {
        new LoadRun(vertx, options.withoutHeap()).run();
      }
      LoadReport report = new LoadRun(vertx, options).run();
      System.out.println(options.json() ? report.toJson().encode() : report.toText());
    } finally {
      vertx.close();
    }
    return 0;
  }

  /**
   * The options read, checked.
   *
   * @throws IllegalArgumentException naming the wrong option
   */
  LoadOptions options(Map<String, String> environment) {
    String token = staffToken != null ? staffToken : environment.get(STAFF_TOKEN_VARIABLE);
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException("Option --staff-token is required (or "
          + STAFF_TOKEN_VARIABLE + ")");
    }
    return new LoadOptions(targets.stream().map(url -> LoadOptions.target(url.strip())).toList(),
        token, (int) LoadOptions.number("--candidates", candidates, 1, 1_000_000),
        LoadOptions.number("--think-ms", thinkMillis, 0, 3_600_000), json,
        (int) LoadOptions.number("--rush-seconds", rushSeconds, 0, 3600),
        (int) LoadOptions.number("--answers", answers, 0, 1000),
        (int) LoadOptions.number("--connections", connections, 1, 100_000),
        LoadOptions.number("--timeout-ms", timeoutMillis, 1, 3_600_000),
        LoadOptions.number("--server-pid", serverPid, 0, Long.MAX_VALUE),
        (int) LoadOptions.number("--seconds", seconds, 0, 24 * 3600));
  }

  /** The client's Vert.x: one event loop per core, as the machine is shared with the server. */
  static Vertx clientVertx() {
    CONNECTION_LOG.setLevel(Level.OFF);
    return Vertx.vertx(new VertxOptions()
        .setEventLoopPoolSize(Runtime.getRuntime().availableProcessors())
        .setBlockedThreadCheckInterval(60_000));
  }
}

package org.certamen.benchmarks.load;

import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code drill kill|redis-restart|fuzz|slow-clients}: runs one fault drill against exam servers and
 * a Redis it starts itself on loopback, prints what it checked, and exits with 1 when a check
 * failed.
 */
@Command(name = "drill", sortOptions = false,
    description = "Runs one fault drill against exam servers and a Redis it starts itself on"
        + " loopback; exit code 1 when a check failed.")
public final class DrillCommand implements Callable<Integer> {

  /** The drills. */
  enum Drill {
    KILL, REDIS_RESTART, FUZZ, SLOW_CLIENTS;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  @Parameters(paramLabel = "DRILL", converter = DrillNames.class,
      description = "kill, redis-restart, fuzz or slow-clients.")
  private Drill drill;

  @Option(names = "--server-jar", paramLabel = "JAR",
      description = "The exam server (default ${DEFAULT-VALUE}).")
  private String jar = "exam-server/target/exam-server.jar";

  @Option(names = "--candidates", paramLabel = "N", description = "kill, redis-restart,"
      + " slow-clients: candidates taking the test (default ${DEFAULT-VALUE}).")
  private int candidates = 200;

  @Option(names = "--think-ms", paramLabel = "MS", description = "kill, redis-restart: pause"
      + " before each answer (default 20); slow-clients: (default 1000).")
  private Long thinkMillis;

  @Option(names = "--connections", paramLabel = "N", description = "slow-clients: connections"
      + " the attacker holds (default ${DEFAULT-VALUE}).")
  private int connections = 1100;

  @Option(names = "--seconds", paramLabel = "S",
      description = "slow-clients: how long the attack lasts (default ${DEFAULT-VALUE}).")
  private long seconds = 20;

  @Option(names = "--requests", paramLabel = "N",
      description = "fuzz: requests to send (default ${DEFAULT-VALUE}).")
  private int requests = 10_000;

  @Option(names = "--seed", paramLabel = "S",
      description = "fuzz: seed of the requests (default ${DEFAULT-VALUE}).")
  private long seed = 1;

  @Override
  public Integer call() {
    // Kept after the drill, for reading: its checks say where.
    ServerLauncher launcher = ServerLauncher.jar(jar, Path.of(System.getProperty("java.io.tmpdir")));
    Vertx vertx = LoadCommand.clientVertx();
    DrillChecks checks;
    try {
      checks = switch (drill) {
        case KILL -> new KillDrill(vertx, launcher, candidates, think(20)).run();
        case REDIS_RESTART -> new RedisRestartDrill(vertx, launcher, candidates, think(20)).run();
        case SLOW_CLIENTS -> new SlowClientsDrill(vertx, launcher, candidates, think(1000),
            connections, seconds * 1000, true).run();
        case FUZZ -> new FuzzDrill(vertx, launcher, requests, seed).run();
      };
    } finally {
      vertx.close();
    }
    System.out.print(checks.toText());
    return checks.passed() ? 0 : 1;
  }

  private long think(long fallback) {
    return thinkMillis == null ? fallback : thinkMillis;
  }

  /** A drill by its name on the command line, as {@code redis-restart}. */
  static final class DrillNames implements ITypeConverter<Drill> {
    @Override
    public Drill convert(String name) {
      for (Drill drill : Drill.values()) {
        if (drill.toString().equals(name)) {
          return drill;
        }
      }
      throw new TypeConversionException("unknown drill '" + name
          + "'; drills: kill, redis-restart, fuzz, slow-clients");
    }
  }
}

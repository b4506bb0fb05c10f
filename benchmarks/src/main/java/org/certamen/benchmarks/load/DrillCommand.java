package org.certamen.benchmarks.load;

import io.vertx.core.Vertx;
import java.util.List;

/**
 * {@code drill kill|redis-restart|fuzz|slow-clients}: runs one fault drill against exam servers and a Redis it
 * starts itself on loopback, prints what it checked, and exits with 1 when a check failed.
 */
public final class DrillCommand {
  private static final String USAGE = String.join("\n",
      "Usage: drill kill|redis-restart|fuzz|slow-clients [options]",
      "  --server-jar JAR   the exam server (default exam-server/target/exam-server.jar)",
      "  --candidates N     kill, redis-restart, slow-clients: candidates taking the test (default 200)",
      "  --think-ms MS      kill, redis-restart: pause before each answer (default 20);",
      "                     slow-clients: (default 1000)",
      "  --connections N    slow-clients: connections the attacker holds (default 1100)",
      "  --seconds S        slow-clients: how long the attack lasts (default 20)",
      "  --requests N       fuzz: requests to send (default 10000)",
      "  --seed S           fuzz: seed of the requests (default 1)");

  private DrillCommand() {
  }

  public static void main(String[] args) {
    if (args.length == 0) {
      fail("A drill name is required");
    }
    String jar = "exam-server/target/exam-server.jar";
    int candidates = 200;
    Long think = null;
    int connections = 1100;
    long seconds = 20;
    int requests = 10_000;
    long seed = 1;
    for (int i = 1; i < args.length; i++) {
      if (i + 1 >= args.length) {
        fail("Option " + args[i] + " needs a value");
      }
      String value = args[++i];
      try {
        switch (args[i - 1]) {
          case "--server-jar" -> jar = value;
          case "--candidates" -> candidates = Integer.parseInt(value);
          case "--think-ms" -> think = Long.parseLong(value);
          case "--requests" -> requests = Integer.parseInt(value);
          case "--seed" -> seed = Long.parseLong(value);
          case "--connections" -> connections = Integer.parseInt(value);
          case "--seconds" -> seconds = Long.parseLong(value);
          default -> fail("Unknown option " + args[i - 1]);
        }
      } catch (NumberFormatException e) {
        fail("Option " + args[i - 1] + ": expected a whole number, not '" + value + "'");
      }
    }
    List<String> launcher = ExamServerProcess.jarLauncher(jar);
    Vertx vertx = LoadCommand.clientVertx();
    DrillChecks checks;
    try {
      checks = switch (args[0]) {
        case "kill" -> new KillDrill(vertx, launcher, candidates, think == null ? 20 : think).run();
        case "redis-restart" -> new RedisRestartDrill(vertx, launcher, candidates,
            think == null ? 20 : think).run();
        case "slow-clients" -> new SlowClientsDrill(vertx, launcher, candidates,
            think == null ? 1000 : think, connections, seconds * 1000, true).run();
        case "fuzz" -> new FuzzDrill(vertx, launcher, requests, seed).run();
        default -> {
          fail("Unknown drill " + args[0]);
          yield null;
        }
      };
    } finally {
      vertx.close();
    }
    System.out.print(checks.toText());
    System.exit(checks.passed() ? 0 : 1);
  }

  private static void fail(String message) {
    System.err.println(message);
    System.err.println(USAGE);
    System.exit(2);
  }
}

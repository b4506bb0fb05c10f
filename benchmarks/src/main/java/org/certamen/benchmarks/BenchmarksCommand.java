package org.certamen.benchmarks;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The benchmarks jar's entry point: {@code jmh} runs the JMH benchmarks, {@code load} the HTTP
 * load generator, {@code ceiling} the bare Vert.x endpoint, {@code drill} the fault drills.
 */
public final class BenchmarksCommand {
  /** A subcommand, given the arguments that follow its name. */
  @FunctionalInterface
  interface Subcommand {
    void run(String[] args) throws Exception;
  }

  private static final Map<String, Subcommand> SUBCOMMANDS = new TreeMap<>(Map.of(
      "jmh", org.openjdk.jmh.Main::main,
      "load", org.certamen.benchmarks.load.LoadCommand::main,
      "ceiling", org.certamen.benchmarks.load.CeilingCommand::main,
      "drill", org.certamen.benchmarks.load.DrillCommand::main));

  private BenchmarksCommand() {
  }

  public static void main(String[] args) throws Exception {
    Subcommand subcommand = args.length == 0 ? null : SUBCOMMANDS.get(args[0]);
    if (subcommand == null) {
      System.err.println("usage: java -jar benchmarks/target/benchmarks.jar "
          + String.join("|", SUBCOMMANDS.keySet()) + " [options]");
      System.err.println("  jmh [JMH options]   e.g. jmh -f 1 -wi 2 -i 3 DecisionBenchmark");
      System.err.println("  load --target URL --staff-token T --candidates N [--think-ms MS] [--json] ...");
      System.err.println("  ceiling [--seconds S] [--connections C] [--json]");
      System.err.println("  drill kill|redis-restart|fuzz [--server-jar JAR] ...");
      System.exit(2);
    }
    subcommand.run(Arrays.copyOfRange(args, 1, args.length));
  }
}

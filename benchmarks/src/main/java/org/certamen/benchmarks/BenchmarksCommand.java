package org.certamen.benchmarks;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.certamen.benchmarks.load.CeilingCommand;
import org.certamen.benchmarks.load.DrillCommand;
import org.certamen.benchmarks.load.LoadCommand;
import org.certamen.benchmarks.profile.ProfileCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The benchmarks jar's entry point, read by picocli: {@code jmh} runs the JMH benchmarks,
 * {@code load} the HTTP load generator, {@code ceiling} the bare Vert.x endpoint, {@code drill}
 * the fault drills, {@code profile} the summary of a JFR recording. Exit code 2 on a usage
 * error, 0 for {@code --help}.
 */
@Command(name = "benchmarks.jar", synopsisSubcommandLabel = "COMMAND",
    description = "Benchmarks of the engine, the exam server's load generator and its fault drills.",
    subcommands = {BenchmarksCommand.Jmh.class, LoadCommand.class, CeilingCommand.class,
        DrillCommand.class, ProfileCommand.class})
public final class BenchmarksCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT,
      description = "Show this help and exit.")
  private boolean help;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs one command and returns the process exit code. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new BenchmarksCommand()).setOut(out).setErr(err);
    // JMH reads its own options: everything after "jmh" goes to it as given.
    commandLine.getSubcommands().get("jmh").setStopAtUnmatched(true);
    return commandLine.execute(args);
  }

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing required subcommand");
  }

  /** {@code jmh}: JMH's own command line. */
  @Command(name = "jmh", description = {"Runs the JMH benchmarks; every argument goes to JMH,"
      + " e.g. jmh -f 1 -wi 2 -i 3 DecisionBenchmark (JMH's own help: jmh -- -h)."})
  static final class Jmh implements Callable<Integer> {
    @CommandLine.Unmatched
    private String[] arguments = new String[0];

    @Override
    public Integer call() throws Exception {
      org.openjdk.jmh.Main.main(arguments);
      return 0;
    }
  }
}

package org.certamen.engine.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.Callable;
import org.certamen.engine.bank.InvalidBankException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The engine's command line: {@code simulate}, {@code generate-bank}, {@code validate} and
 * {@code positioning-study}, read by picocli. Exit code 0 on success and for {@code --help}, 1 when {@code validate} finds problems
 * (an invalid bank, or one that cannot serve whole tests to both pools), 2 for bad input (the
 * message names the option, line or field), never a stack trace.
 */
@Command(name = "engine.jar", synopsisSubcommandLabel = "COMMAND",
    description = "Simulates adaptive tests, generates and validates item banks.",
    subcommands = {SimulateCommand.class, GenerateBankCommand.class, ValidateCommand.class,
        PositioningStudyCommand.class})
public final class EngineCommand implements Callable<Integer> {
  static final int OK = 0;
  static final int INVALID_BANK = 1;
  static final int USAGE = 2;

  @Spec
  private CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT,
      description = "Show this help and exit.")
  private boolean help;

  private final PrintStream out;
  private final PrintStream err;

  EngineCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    System.exit(new EngineCommand(System.out, System.err).run(args));
  }

  /** Runs one subcommand and returns the process exit code. */
  int run(String[] args) {
    CommandLine commandLine = new CommandLine(this)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setOut(writer(out))
        .setErr(writer(err))
        .setParameterExceptionHandler((e, arguments) -> {
          e.getCommandLine().getErr().println("error: " + e.getMessage());
          e.getCommandLine().usage(e.getCommandLine().getErr());
          return USAGE;
        })
        .setExecutionExceptionHandler((e, command, parsed) -> {
          if (!(e instanceof IOException || e instanceof InvalidBankException)) {
            throw e;
          }
          command.getErr().println("error: " + describe(e));
          return USAGE;
        });
    return commandLine.execute(args);
  }

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing required subcommand");
  }

  /** A file that cannot be read, or a bank refused, as one line: no stack trace. */
  private static String describe(Exception e) {
    if (e instanceof InvalidBankException) {
      return "the bank is refused: " + e.getMessage();
    }
    if (e instanceof NoSuchFileException missing) {
      return "no such file: " + missing.getFile();
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  private static PrintWriter writer(PrintStream stream) {
    return new PrintWriter(stream, true, StandardCharsets.UTF_8);
  }
}

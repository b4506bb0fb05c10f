package org.certamen.engine.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The subcommands' usage errors: picocli prints them with the command's help and exits with 2. */
final class Usage {
  private Usage() {
  }

  static ParameterException error(CommandSpec spec, String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /** Refuses a count below 1, such as {@code --candidates 0}. */
  static void requireAtLeastOne(CommandSpec spec, String option, int value) {
    if (value < 1) {
      throw error(spec, "option " + option + " must be an integer ≥ 1, not '" + value + "'");
    }
  }
}

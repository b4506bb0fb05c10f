package org.certamen.engine.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.certamen.engine.bank.BankReader;
import org.certamen.engine.bank.InvalidBankException;
import org.certamen.engine.bank.ItemBank;
import org.certamen.engine.framework.CompetenceFramework;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --bank FILE|demo}, the option of the subcommands that read a bank (a picocli mixin). */
final class BankOption {
  /** {@code --bank demo} reads the demo bank shipped in the jar. */
  static final String DEMO_BANK = "demo";

  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  @Option(names = "--bank", required = true, paramLabel = "FILE|demo",
      description = "The item bank; demo is the demo bank shipped in the jar.")
  private String name;

  /** The bank the option names. */
  ItemBank read() throws IOException, InvalidBankException {
    if (DEMO_BANK.equals(name)) {
      try {
        return BankReader.demoBank();
      } catch (IllegalStateException e) {
        throw new ParameterException(spec.commandLine(), "--bank demo: " + e.getMessage());
      }
    }
    return new BankReader(CompetenceFramework.crcn()).read(Path.of(name));
  }
}

package org.certamen.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.certamen.engine.bank.BankReader;
import org.certamen.engine.bank.InvalidBankException;
import org.certamen.engine.bank.ItemBank;
import org.certamen.engine.framework.CompetenceFramework;
import org.certamen.engine.simulation.SyntheticBank;

/** Synthetic banks for the benchmarks, read through the same validation as a bank file. */
final class Banks {
  private static final long SEED = 2026;

  private Banks() {
  }

  static ItemBank synthetic(int items) {
    CompetenceFramework framework = CompetenceFramework.crcn();
    byte[] json = SyntheticBank.generate(framework, items, SEED).toString()
        .getBytes(StandardCharsets.UTF_8);
    try {
      return new BankReader(framework).read(new ByteArrayInputStream(json));
    } catch (IOException | InvalidBankException e) {
      throw new IllegalStateException("The synthetic bank should be valid", e);
    }
  }
}

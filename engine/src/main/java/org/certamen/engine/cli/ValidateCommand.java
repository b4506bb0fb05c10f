package org.certamen.engine.cli;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.certamen.engine.TestDesign;
import org.certamen.engine.bank.BankCapacity;
import org.certamen.engine.bank.InvalidBankException;
import org.certamen.engine.bank.Item;
import org.certamen.engine.bank.ItemBank;
import org.certamen.engine.bank.ItemType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code validate}: checks a bank and whether it can serve whole tests to both pools. */
@Command(name = "validate",
    description = "Checks a bank: its problems (exit 1), or a summary and whether it can serve"
        + " whole tests to the standard and the accessible pool (exit 1 when it cannot).")
final class ValidateCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private BankOption bank;

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    ItemBank items;
    try {
      items = bank.read();
    } catch (InvalidBankException e) {
      out.println(e.problems().size() + " problem(s); the bank is refused:");
      e.problems().forEach(problem -> out.println("  " + problem));
      return EngineCommand.INVALID_BANK;
    }
    Map<String, Integer> perCompetence = new TreeMap<>();
    Map<ItemType, Integer> perType = new EnumMap<>(ItemType.class);
    for (Item item : items.items()) {
      perCompetence.merge(item.competence(), 1, Integer::sum);
      perType.merge(item.type(), 1, Integer::sum);
    }
    out.printf("valid bank '%s': %d items, %d tubes%n", items.version(), items.size(),
        items.tubeCount());
    out.println("items per competence: " + perCompetence);
    out.println("items per type: " + perType);
    List<BankCapacity.Shortfall> shortfalls = BankCapacity.check(items, TestDesign.LENGTH);
    if (!shortfalls.isEmpty()) {
      out.println(BankCapacity.describe(shortfalls, TestDesign.LENGTH));
      return EngineCommand.INVALID_BANK;
    }
    out.println("it can serve whole tests to the standard and the accessible pool");
    return EngineCommand.OK;
  }
}

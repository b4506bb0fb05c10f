package org.certamen.engine.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.certamen.engine.TestDesign;
import org.certamen.engine.bank.BankReader;
import org.certamen.engine.bank.InvalidBankException;
import org.certamen.engine.bank.Item;
import org.certamen.engine.bank.ItemBank;
import org.certamen.engine.bank.ItemType;
import org.certamen.engine.framework.CompetenceFramework;
import org.certamen.engine.simulation.SimulationReport;
import org.certamen.engine.simulation.Simulator;
import org.certamen.engine.simulation.SyntheticBank;
import org.certamen.engine.simulation.TrueAbilities;

/**
 * The engine's command line: {@code simulate}, {@code generate-bank} and {@code validate}. Exit
 * code 0 on success, 1 when {@code validate} finds problems, 2 for bad input (the message names
 * the option, line or field), never a stack trace.
 */
public final class EngineCommand {
  static final int OK = 0;
  static final int INVALID_BANK = 1;
  static final int USAGE = 2;

  /** {@code --bank demo} reads the demo bank shipped in the jar. */
  static final String DEMO_BANK = "demo";

  private static final String USAGE_TEXT = """
      usage:
        simulate --bank FILE|demo --design NAME --candidates N --seed S [--thetas FILE] [--json]
        generate-bank --items N --seed S --out FILE
        validate --bank FILE|demo
      --bank demo is the demo bank shipped in the jar; with --thetas (a JSON array of true
      abilities) --candidates must equal its length, otherwise abilities are drawn from N(0, 1).
      designs: %s (variants kept for comparison: %s)""".formatted(
      String.join(", ", TestDesign.NAMES), String.join(", ", TestDesign.VARIANTS));

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
    try {
      if (args.length == 0) {
        throw new UsageException("a subcommand is required");
      }
      return switch (args[0]) {
        case "simulate" -> simulate(Options.parse(args, 1,
            Set.of("--bank", "--design", "--candidates", "--seed", "--thetas"), Set.of("--json")));
        case "generate-bank" -> generateBank(Options.parse(args, 1,
            Set.of("--items", "--seed", "--out"), Set.of()));
        case "validate" -> validate(Options.parse(args, 1, Set.of("--bank"), Set.of()));
        default -> throw new UsageException("unknown subcommand '" + args[0] + "'");
      };
    } catch (UsageException e) {
      err.println("error: " + e.getMessage());
      err.println(USAGE_TEXT);
      return USAGE;
    } catch (InvalidBankException e) {
      err.println("error: the bank is refused: " + e.getMessage());
      return USAGE;
    } catch (NoSuchFileException e) {
      err.println("error: no such file: " + e.getFile());
      return USAGE;
    } catch (IOException e) {
      err.println("error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
      return USAGE;
    }
  }

  private int simulate(Options options) throws UsageException, IOException, InvalidBankException {
    ItemBank bank = bank(options.required("--bank"));
    String design = options.required("--design");
    if (!TestDesign.isKnown(design)) {
      throw new UsageException("option --design: unknown design '" + design + "'");
    }
    long seed = options.longValue("--seed");
    double[] thetas;
    if (options.has("--thetas")) {
      try {
        thetas = TrueAbilities.read(options.path("--thetas"));
      } catch (IllegalArgumentException e) {
        throw new UsageException("--thetas " + options.required("--thetas") + ": " + e.getMessage());
      }
      int candidates = options.integer("--candidates", 1);
      if (candidates != thetas.length) {
        throw new UsageException("option --candidates is " + candidates + " but the --thetas file "
            + "holds " + thetas.length + " abilities");
      }
    } else {
      thetas = Simulator.normalPopulation(options.integer("--candidates", 1), seed);
    }
    SimulationReport report = new Simulator(bank, design).run(thetas, seed);
    out.println(options.has("--json") ? report.toJson() : report.toTable());
    return OK;
  }

  private int generateBank(Options options) throws UsageException, IOException {
    int items = options.integer("--items", 1);
    long seed = options.longValue("--seed");
    Path file = options.path("--out");
    Files.writeString(file, SyntheticBank.generate(CompetenceFramework.crcn(), items, seed)
        .toPrettyString());
    out.println("wrote " + items + " synthetic items to " + file);
    return OK;
  }

  private int validate(Options options) throws UsageException, IOException {
    ItemBank bank;
    try {
      bank = bank(options.required("--bank"));
    } catch (InvalidBankException e) {
      out.println(e.problems().size() + " problem(s); the bank is refused:");
      e.problems().forEach(problem -> out.println("  " + problem));
      return INVALID_BANK;
    }
    Map<String, Integer> perCompetence = new TreeMap<>();
    Map<ItemType, Integer> perType = new EnumMap<>(ItemType.class);
    for (Item item : bank.items()) {
      perCompetence.merge(item.competence(), 1, Integer::sum);
      perType.merge(item.type(), 1, Integer::sum);
    }
    out.printf("valid bank '%s': %d items, %d tubes%n", bank.version(), bank.size(), bank.tubeCount());
    out.println("items per competence: " + perCompetence);
    out.println("items per type: " + perType);
    return OK;
  }

  private static ItemBank bank(String name)
      throws UsageException, IOException, InvalidBankException {
    if (DEMO_BANK.equals(name)) {
      try {
        return BankReader.demoBank();
      } catch (IllegalStateException e) {
        throw new UsageException("--bank demo: " + e.getMessage());
      }
    }
    return new BankReader(CompetenceFramework.crcn()).read(Path.of(name));
  }
}

package org.certamen.engine.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.certamen.engine.TestDesign;
import org.certamen.engine.bank.BankCapacity;
import org.certamen.engine.bank.BankReader;
import org.certamen.engine.bank.InvalidBankException;
import org.certamen.engine.bank.Item;
import org.certamen.engine.bank.ItemBank;
import org.certamen.engine.bank.ItemPool;
import org.certamen.engine.bank.ItemType;
import org.certamen.engine.framework.CompetenceFramework;
import org.certamen.engine.positioning.ParcoursCatalogue;
import org.certamen.engine.positioning.PositioningDesign;
import org.certamen.engine.positioning.PositioningStudy;
import org.certamen.engine.simulation.Population;
import org.certamen.engine.simulation.SimulationReport;
import org.certamen.engine.simulation.Simulator;
import org.certamen.engine.simulation.SyntheticBank;
import org.certamen.engine.simulation.TrueAbilities;

/**
 * The engine's command line: {@code simulate}, {@code generate-bank}, {@code validate} and
 * {@code positioning-study}. Exit
 * code 0 on success, 1 when {@code validate} finds problems (an invalid bank, or one that cannot
 * serve whole tests to both pools), 2 for bad input (the message names the option, line or
 * field), never a stack trace.
 */
public final class EngineCommand {
  static final int OK = 0;
  static final int INVALID_BANK = 1;
  static final int USAGE = 2;

  static final int DEFAULT_STUDY_SEEDS = 5;

  /** {@code --bank demo} reads the demo bank shipped in the jar. */
  static final String DEMO_BANK = "demo";

  private static final String USAGE_TEXT = """
      usage:
        simulate --bank FILE|demo --design NAME --candidates N --seed S [--thetas FILE]
                 [--population standard|wide] [--prior matched|fixed] [--accessible] [--json]
        generate-bank --items N --seed S --out FILE [--discrimination-spread S]
                 [--difficulty-spread H] [--tubes-per-competence MIN-MAX] [--accessible-share P]
        validate --bank FILE|demo
        positioning-study --pupils N --seed S [--seeds K] [--population standard|wide]
      --bank demo is the demo bank shipped in the jar; with --thetas (a JSON array of true
      abilities) --candidates must equal its length, otherwise abilities are drawn from the
      population: standard N(0, 1) (default) or wide (90 %% N(0.3, 1.2²), 10 %% uniform on
      [-4, 4]). --prior matched (default) starts each test with the prior estimated from the
      tests finished before it, as the server does; fixed keeps the design's N(0, 1).
      --accessible serves every candidate only accessible items.
      positioning-study runs both positioning designs over every parcours of the shipped
      catalogue (demo bank) with N simulated pupils for each of the K seeds S, S+1, … (K = %d).
      designs: %s (variants kept for comparison: %s)""".formatted(
      DEFAULT_STUDY_SEEDS, String.join(", ", TestDesign.NAMES),
      String.join(", ", TestDesign.VARIANTS));

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
            Set.of("--bank", "--design", "--candidates", "--seed", "--thetas", "--population",
                "--prior"), Set.of("--json", "--accessible")));
        case "generate-bank" -> generateBank(Options.parse(args, 1,
            Set.of("--items", "--seed", "--out", "--discrimination-spread", "--difficulty-spread",
                "--tubes-per-competence", "--accessible-share"), Set.of()));
        case "validate" -> validate(Options.parse(args, 1, Set.of("--bank"), Set.of()));
        case "positioning-study" -> positioningStudy(Options.parse(args, 1,
            Set.of("--pupils", "--seed", "--seeds", "--population"), Set.of()));
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
    Population population = Population.valueOf(options.choice("--population",
        List.of("standard", "wide"), "standard").toUpperCase(Locale.ROOT));
    boolean matchedPrior = options.choice("--prior", List.of("matched", "fixed"), "matched")
        .equals("matched");
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
      thetas = population.draw(options.integer("--candidates", 1), seed);
    }
    SimulationReport report = new Simulator(bank, design,
        ItemPool.of(options.has("--accessible")), matchedPrior).run(thetas, seed);
    out.println(options.has("--json") ? report.toJson() : report.toTable());
    return OK;
  }

  private int positioningStudy(Options options) throws UsageException {
    int pupils = options.integer("--pupils", 1);
    long seed = options.longValue("--seed");
    int seeds = options.has("--seeds") ? options.integer("--seeds", 1) : DEFAULT_STUDY_SEEDS;
    Population population = Population.valueOf(options.choice("--population",
        List.of("standard", "wide"), "standard").toUpperCase(Locale.ROOT));
    out.print(PositioningStudy.run(BankReader.demoBank(), ParcoursCatalogue.demo().all(),
        List.of(PositioningDesign.national(), PositioningDesign.certamen()), population, pupils,
        seed, seeds).toTable());
    return OK;
  }

  private int generateBank(Options options) throws UsageException, IOException {
    int items = options.integer("--items", 1);
    long seed = options.longValue("--seed");
    Path file = options.path("--out");
    SyntheticBank.Shape defaults = SyntheticBank.Shape.DEFAULT;
    int[] tubes = {defaults.minTubesPerCompetence(), defaults.maxTubesPerCompetence()};
    if (options.has("--tubes-per-competence")) {
      tubes = range(options.required("--tubes-per-competence"));
    }
    SyntheticBank.Shape shape;
    try {
      shape = new SyntheticBank.Shape(
          options.decimal("--discrimination-spread", defaults.discriminationSpread()),
          options.decimal("--difficulty-spread", defaults.difficultySpread()),
          tubes[0], tubes[1], options.decimal("--accessible-share", defaults.accessibleShare()));
      Files.writeString(file, SyntheticBank.generate(CompetenceFramework.crcn(), items, seed, shape)
          .toPrettyString());
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
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
    List<BankCapacity.Shortfall> shortfalls = BankCapacity.check(bank, TestDesign.LENGTH);
    if (!shortfalls.isEmpty()) {
      out.println(BankCapacity.describe(shortfalls, TestDesign.LENGTH));
      return INVALID_BANK;
    }
    out.println("it can serve whole tests to the standard and the accessible pool");
    return OK;
  }

  /** MIN-MAX, two integers. */
  private static int[] range(String text) throws UsageException {
    String[] bounds = text.split("-", -1);
    try {
      if (bounds.length == 2) {
        return Arrays.stream(bounds).mapToInt(Integer::parseInt).toArray();
      }
    } catch (NumberFormatException e) {
      // Reported below.
    }
    throw new UsageException("option --tubes-per-competence must be MIN-MAX, not '" + text + "'");
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

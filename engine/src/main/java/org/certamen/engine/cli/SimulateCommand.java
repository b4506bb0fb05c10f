package org.certamen.engine.cli;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.Callable;
import org.certamen.engine.TestDesign;
import org.certamen.engine.bank.ItemPool;
import org.certamen.engine.simulation.Population;
import org.certamen.engine.simulation.SimulationReport;
import org.certamen.engine.simulation.Simulator;
import org.certamen.engine.simulation.TrueAbilities;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code simulate}: virtual candidates take the test; prints accuracy as a table or JSON. */
@Command(name = "simulate", sortOptions = false,
    description = "Runs virtual candidates of known ability through the test and reports accuracy.")
final class SimulateCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private BankOption bank;

  @Option(names = "--design", required = true, paramLabel = "NAME",
      completionCandidates = Designs.class,
      description = "The test design: ${COMPLETION-CANDIDATES}.")
  private String design;

  @Option(names = "--candidates", required = true, paramLabel = "N",
      description = "Candidates to simulate (with --thetas: its length).")
  private int candidates;

  @Option(names = "--seed", required = true, paramLabel = "S", description = "Random seed.")
  private long seed;

  @Option(names = "--thetas", paramLabel = "FILE",
      description = "A JSON array of true abilities, instead of drawing them from --population.")
  private Path thetas;

  @Option(names = "--population", paramLabel = "standard|wide", defaultValue = "standard",
      description = {"standard: N(0, 1) (default); wide: 90 %% N(0.3, 1.2²), 10 %% uniform on"
          + " [-4, 4]."})
  private Population population;

  @Option(names = "--prior", paramLabel = "matched|fixed", defaultValue = "matched",
      description = "matched (default) starts each test with the prior estimated from the tests"
          + " finished before it, as the server does; fixed keeps the design's N(0, 1).")
  private Prior prior;

  @Option(names = "--accessible", description = "Serve every candidate only accessible items.")
  private boolean accessible;

  @Option(names = "--json", description = "Print one JSON object instead of a table.")
  private boolean json;

  /** Where each test's prior comes from. */
  enum Prior { MATCHED, FIXED }

  /** The designs, listed in the help. */
  static final class Designs implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return TestDesign.NAMES.iterator();
    }
  }

  @Override
  public Integer call() throws Exception {
    Usage.requireAtLeastOne(spec, "--candidates", candidates);
    if (!TestDesign.isKnown(design)) {
      throw Usage.error(spec, "option --design: unknown design '" + design + "'; known designs: "
          + String.join(", ", TestDesign.NAMES) + " (variants kept for comparison: "
          + String.join(", ", TestDesign.VARIANTS) + ")");
    }
    double[] abilities;
    if (thetas != null) {
      try {
        abilities = TrueAbilities.read(thetas);
      } catch (IllegalArgumentException e) {
        throw Usage.error(spec, "--thetas " + thetas + ": " + e.getMessage());
      }
      if (candidates != abilities.length) {
        throw Usage.error(spec, "option --candidates is " + candidates
            + " but the --thetas file holds " + abilities.length + " abilities");
      }
    } else {
      abilities = population.draw(candidates, seed);
    }
    SimulationReport report = new Simulator(bank.read(), design,
        ItemPool.of(accessible), prior == Prior.MATCHED).run(abilities, seed);
    spec.commandLine().getOut().println(json ? report.toJson() : report.toTable());
    return EngineCommand.OK;
  }
}

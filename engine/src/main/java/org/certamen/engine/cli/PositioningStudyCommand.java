package org.certamen.engine.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.certamen.engine.bank.BankReader;
import org.certamen.engine.positioning.ParcoursCatalogue;
import org.certamen.engine.positioning.PositioningDesign;
import org.certamen.engine.positioning.PositioningStudy;
import org.certamen.engine.simulation.Population;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code positioning-study}: both positioning designs over every parcours of the shipped catalogue. */
@Command(name = "positioning-study", sortOptions = false,
    description = "Runs both positioning designs over every parcours of the shipped catalogue (demo"
        + " bank) with simulated pupils, for each of the seeds S, S+1, ...")
final class PositioningStudyCommand implements Callable<Integer> {
  static final int DEFAULT_SEEDS = 5;

  @Spec
  private CommandSpec spec;

  @Option(names = "--pupils", required = true, paramLabel = "N",
      description = "Simulated pupils per parcours and seed.")
  private int pupils;

  @Option(names = "--seed", required = true, paramLabel = "S", description = "The first seed.")
  private long seed;

  @Option(names = "--seeds", paramLabel = "K", description = "Seeds (default ${DEFAULT-VALUE}).")
  private int seeds = DEFAULT_SEEDS;

  @Option(names = "--population", paramLabel = "standard|wide", defaultValue = "standard",
      description = "The pupils' abilities, as for simulate (default standard).")
  private Population population;

  @Override
  public Integer call() {
    Usage.requireAtLeastOne(spec, "--pupils", pupils);
    Usage.requireAtLeastOne(spec, "--seeds", seeds);
    PrintWriter out = spec.commandLine().getOut();
    out.print(PositioningStudy.run(BankReader.demoBank(), ParcoursCatalogue.demo().all(),
        List.of(PositioningDesign.national(), PositioningDesign.certamen()), population, pupils,
        seed, seeds).toTable());
    out.flush();
    return EngineCommand.OK;
  }
}

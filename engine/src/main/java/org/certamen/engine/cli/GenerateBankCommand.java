package org.certamen.engine.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.certamen.engine.framework.CompetenceFramework;
import org.certamen.engine.simulation.SyntheticBank;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code generate-bank}: writes a synthetic item bank of the shape asked. */
@Command(name = "generate-bank", sortOptions = false,
    description = "Writes a synthetic item bank; the same seed and shape give the same bank.")
final class GenerateBankCommand implements Callable<Integer> {
  private static final SyntheticBank.Shape DEFAULT = SyntheticBank.Shape.DEFAULT;

  @Spec
  private CommandSpec spec;

  @Option(names = "--items", required = true, paramLabel = "N", description = "Items to generate.")
  private int items;

  @Option(names = "--seed", required = true, paramLabel = "S", description = "Random seed.")
  private long seed;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The bank file.")
  private Path out;

  @Option(names = "--discrimination-spread", paramLabel = "S",
      description = "SD of log a, the discriminations (default ${DEFAULT-VALUE}).")
  private double discriminationSpread = DEFAULT.discriminationSpread();

  @Option(names = "--difficulty-spread", paramLabel = "H",
      description = "Half-width of the range of the difficulties (default ${DEFAULT-VALUE}).")
  private double difficultySpread = DEFAULT.difficultySpread();

  @Option(names = "--tubes-per-competence", paramLabel = "MIN-MAX",
      description = "Tubes per competence, drawn in that range (default: tubes of 2 to 4 items"
          + " dealt to the competences in turn).")
  private String tubesPerCompetence;

  @Option(names = "--accessible-share", paramLabel = "P",
      description = "Share of accessible items (default ${DEFAULT-VALUE}).")
  private double accessibleShare = DEFAULT.accessibleShare();

  @Override
  public Integer call() throws Exception {
    Usage.requireAtLeastOne(spec, "--items", items);
    int[] tubes = tubesPerCompetence == null
        ? new int[] {DEFAULT.minTubesPerCompetence(), DEFAULT.maxTubesPerCompetence()}
        : range(tubesPerCompetence);
    try {
      SyntheticBank.Shape shape = new SyntheticBank.Shape(discriminationSpread, difficultySpread,
          tubes[0], tubes[1], accessibleShare);
      Files.writeString(out, SyntheticBank.generate(CompetenceFramework.crcn(), items, seed, shape)
          .toPrettyString());
    } catch (IllegalArgumentException e) {
      throw Usage.error(spec, e.getMessage());
    }
    spec.commandLine().getOut().println("wrote " + items + " synthetic items to " + out);
    return EngineCommand.OK;
  }

  /** MIN-MAX, two integers. */
  private int[] range(String text) {
    String[] bounds = text.split("-", -1);
    try {
      if (bounds.length == 2) {
        return new int[] {Integer.parseInt(bounds[0]), Integer.parseInt(bounds[1])};
      }
    } catch (NumberFormatException e) {
      // Reported below.
    }
    throw Usage.error(spec, "option --tubes-per-competence must be MIN-MAX, not '" + text + "'");
  }
}

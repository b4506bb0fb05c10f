package org.certamen.engine.simulation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.certamen.engine.bank.ItemType;
import org.certamen.engine.framework.Competence;
import org.certamen.engine.framework.CompetenceFramework;

/**
 * Generates a bank in the bank file format, for measurements on banks larger than the demo bank.
 * The questions are placeholders that say they are synthetic; the calibrations are drawn as
 * a = 1.3·exp(s_a·N(0, 1)) clipped to [0.4, 3] and b ~ U(−h_b, h_b) (the {@link Shape}); by default
 * items come in tubes of 2 to 4 (the last may be shorter), dealt to the framework's competences in
 * turn; a shape may instead fix a range of tubes per competence. Types cycle through the four.
 */
public final class SyntheticBank {
  private static final double MEDIAN_DISCRIMINATION = 1.3;
  private static final List<String> CHOICES = List.of("Réponse A", "Réponse B", "Réponse C", "Réponse D");

  /**
   * How a generated bank is spread.
   *
   * @param discriminationSpread s_a, the SD of log a
   * @param difficultySpread h_b, the half-width of the range of b
   * @param minTubesPerCompetence with {@code maxTubesPerCompetence}, each competence gets a number
   *     of tubes drawn uniformly in that range, and the items are dealt to the tubes in turn; 0 for
   *     tubes of 2 to 4 items dealt to the competences in turn
   * @param accessibleShare the probability that an item is marked accessible
   */
  public record Shape(double discriminationSpread, double difficultySpread,
      int minTubesPerCompetence, int maxTubesPerCompetence, double accessibleShare) {

    /** The shape generated before shapes existed: the same seed gives the same bank. */
    public static final Shape DEFAULT = new Shape(0.25, 3.5, 0, 0, 1);

    /** @throws IllegalArgumentException naming the first setting out of range */
    public Shape {
      if (!(discriminationSpread >= 0 && discriminationSpread <= 2)) {
        throw new IllegalArgumentException("the discrimination spread must be in [0, 2]");
      }
      if (!(difficultySpread > 0 && difficultySpread <= 6)) {
        throw new IllegalArgumentException("the difficulty spread must be in (0, 6]");
      }
      if (minTubesPerCompetence < 0 || maxTubesPerCompetence < minTubesPerCompetence
          || (minTubesPerCompetence == 0) != (maxTubesPerCompetence == 0)) {
        throw new IllegalArgumentException("the tubes per competence must be a range MIN-MAX with 1 ≤ MIN ≤ MAX");
      }
      if (!(accessibleShare >= 0 && accessibleShare <= 1)) {
        throw new IllegalArgumentException("the accessible share must be in [0, 1]");
      }
    }
  }

  private SyntheticBank() {
  }

  /** A bank of {@code itemCount} items of the default shape, reproducible for a seed. */
  public static ObjectNode generate(CompetenceFramework framework, int itemCount, long seed) {
    return generate(framework, itemCount, seed, Shape.DEFAULT);
  }

  /** A bank of {@code itemCount} items as a JSON tree, reproducible for a seed and shape. */
  public static ObjectNode generate(CompetenceFramework framework, int itemCount, long seed,
      Shape shape) {
    if (itemCount < 1) {
      throw new IllegalArgumentException("A bank needs at least one item");
    }
    SplittableRandom random = new SplittableRandom(seed);
    int[] tubeCompetences = shape.minTubesPerCompetence() == 0 ? null
        : tubeCompetences(framework, shape, random);
    if (tubeCompetences != null && tubeCompetences.length > itemCount) {
      throw new IllegalArgumentException("A bank of " + itemCount + " items cannot fill "
          + tubeCompetences.length + " tubes");
    }
    ObjectMapper json = new ObjectMapper();
    ObjectNode bank = json.createObjectNode();
    bank.put("version", String.format(Locale.ROOT,
        "synthetic-%d-items-seed-%d (generated questions and calibrations)", itemCount, seed));
    ArrayNode items = bank.putArray("items");
    List<Competence> competences = framework.competences();
    int tube = 0;
    int leftInTube = 0;
    Competence competence = null;
    for (int i = 0; i < itemCount; i++) {
      if (tubeCompetences != null) {
        tube = i % tubeCompetences.length + 1;
        competence = competences.get(tubeCompetences[tube - 1]);
      } else if (leftInTube == 0) {
        // Tubes are dealt to the competences in turn, so that each holds about the same number.
        competence = competences.get(tube % competences.size());
        tube++;
        leftInTube = 2 + random.nextInt(3);
      }
      leftInTube--;
      double a = Math.max(0.4, Math.min(3.0, MEDIAN_DISCRIMINATION
          * Math.exp(shape.discriminationSpread() * random.nextGaussian())));
      double b = shape.difficultySpread() * (2 * random.nextDouble() - 1);
      ItemType type = ItemType.values()[i % ItemType.values().length];
      ObjectNode item = items.addObject();
      item.put("id", String.format(Locale.ROOT, "syn-%05d", i + 1));
      item.put("competence", competence.code());
      item.put("tube", String.format(Locale.ROOT, "syn-tube-%04d", tube));
      item.put("skill", String.format(Locale.ROOT, "@synthetique%d", tube));
      item.put("level", Math.max(1, Math.min(8, (int) Math.round(b + 4.5))));
      item.put("discrimination", Math.round(a * 1e4) / 1e4);
      item.put("difficulty", Math.round(b * 1e4) / 1e4);
      item.put("type", type.name());
      item.put("instruction", String.format(Locale.ROOT,
          "Question synthétique n° %d (compétence %s) : texte de remplacement pour les mesures.",
          i + 1, competence.code()));
      ArrayNode proposals = item.putArray("proposals");
      switch (type) {
        case QCU -> {
          CHOICES.forEach(proposals::add);
          item.put("solution", String.valueOf(1 + random.nextInt(CHOICES.size())));
        }
        case QCM -> {
          CHOICES.forEach(proposals::add);
          item.put("solution", "1,3");
        }
        case QROC -> item.put("solution", "réponse|reponse");
        case QROCM -> {
          proposals.add("premier");
          proposals.add("second");
          item.put("solution", "{\"premier\":\"un\",\"second\":\"deux\"}");
        }
      }
      // No draw for a fully accessible bank, so that the default shape keeps its old banks.
      item.put("accessible", shape.accessibleShare() >= 1
          || random.nextDouble() < shape.accessibleShare());
    }
    return bank;
  }

  /** The competence (framework index) of each tube, competence after competence. */
  private static int[] tubeCompetences(CompetenceFramework framework, Shape shape,
      SplittableRandom random) {
    int[] counts = new int[framework.size()];
    int total = 0;
    for (int c = 0; c < counts.length; c++) {
      counts[c] = shape.minTubesPerCompetence()
          + random.nextInt(shape.maxTubesPerCompetence() - shape.minTubesPerCompetence() + 1);
      total += counts[c];
    }
    int[] competenceOfTube = new int[total];
    int tube = 0;
    for (int c = 0; c < counts.length; c++) {
      for (int t = 0; t < counts[c]; t++) {
        competenceOfTube[tube++] = c;
      }
    }
    return competenceOfTube;
  }
}

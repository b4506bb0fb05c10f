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
 * a = 1.3·exp(0.25·N(0, 1)) clipped to [0.4, 3] and b ~ U(−3.5, 3.5); items come in tubes of 2 to
 * 4 (the last may be shorter), dealt to the framework's competences in turn, cycling through the four types.
 */
public final class SyntheticBank {
  private static final double MEDIAN_DISCRIMINATION = 1.3;
  private static final double LOG_DISCRIMINATION_SD = 0.25;
  private static final double MIN_DIFFICULTY = -3.5;
  private static final double MAX_DIFFICULTY = 3.5;
  private static final List<String> CHOICES = List.of("Réponse A", "Réponse B", "Réponse C", "Réponse D");

  private SyntheticBank() {
  }

  /** A bank of {@code itemCount} items as a JSON tree, reproducible for a seed. */
  public static ObjectNode generate(CompetenceFramework framework, int itemCount, long seed) {
    if (itemCount < 1) {
      throw new IllegalArgumentException("A bank needs at least one item");
    }
    SplittableRandom random = new SplittableRandom(seed);
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
      // Tubes are dealt to the competences in turn, so that each holds about the same number.
      if (leftInTube == 0) {
        competence = competences.get(tube % competences.size());
        tube++;
        leftInTube = 2 + random.nextInt(3);
      }
      leftInTube--;
      double a = Math.max(0.4, Math.min(3.0,
          MEDIAN_DISCRIMINATION * Math.exp(LOG_DISCRIMINATION_SD * random.nextGaussian())));
      double b = MIN_DIFFICULTY + (MAX_DIFFICULTY - MIN_DIFFICULTY) * random.nextDouble();
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
      item.put("accessible", true);
    }
    return bank;
  }
}

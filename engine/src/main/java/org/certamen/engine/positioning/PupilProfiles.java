package org.certamen.engine.positioning;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.certamen.engine.bank.Item;
import org.certamen.engine.bank.ItemBank;
import org.certamen.engine.framework.Competence;
import org.certamen.engine.scoring.Certifiability;

/**
 * A pupil's profile from every answer they gave in any campaign: pix per competence, 0–64, 8 per
 * level. The knowledge elements of every tube are rebuilt from the answers in order (the national
 * propagation; a skill's own latest answer beats what another answer implies). Then, per
 * competence and level L, the share s_L of the level's determined skills that are validated:
 * pix = round(8 × Σ_L s_L). A level with no determined skill counts as the best share of the
 * levels above it (mastering level 5 somewhere implies levels 1–4), and 0 when nothing above it
 * was determined either. A competence never assessed has 0 pix: no guess from a prior.
 */
public final class PupilProfiles {
  private static final int LEVELS = 8;

  private PupilProfiles() {
  }

  /**
   * @param allAnswersOfThePupil oldest first; answers to items the bank does not have are ignored
   *     (a retired question no longer counts)
   * @return pix per competence code of the bank's framework, every competence present
   */
  public static Map<String, Integer> compute(ItemBank bank,
      List<PositioningAnswer> allAnswersOfThePupil) {
    Skills skills = Skills.of(bank);
    Map<Skills.Tube, byte[]> status = new HashMap<>();
    Map<Skills.Tube, boolean[]> direct = new HashMap<>();
    Map<Skills.Tube, String> competenceOf = new HashMap<>();
    for (PositioningAnswer answer : allAnswersOfThePupil) {
      int index = bank.indexOf(answer.itemId());
      if (index < 0) {
        continue;
      }
      Item item = bank.item(index);
      Skills.Tube tube = skills.tubeOf(item);
      competenceOf.put(tube, item.competence());
      KnowledgeElements.record(
          status.computeIfAbsent(tube, t -> new byte[t.levels().length]),
          direct.computeIfAbsent(tube, t -> new boolean[t.levels().length]),
          tube.position(item.level()), answer.outcome().isCorrect());
    }
    Map<String, int[]> validated = new HashMap<>();
    Map<String, int[]> determined = new HashMap<>();
    status.forEach((tube, elements) -> {
      String competence = competenceOf.get(tube);
      int[] v = validated.computeIfAbsent(competence, c -> new int[LEVELS + 1]);
      int[] d = determined.computeIfAbsent(competence, c -> new int[LEVELS + 1]);
      for (int s = 0; s < elements.length; s++) {
        if (elements[s] != KnowledgeElements.UNDETERMINED) {
          d[tube.levels()[s]]++;
          v[tube.levels()[s]] += elements[s] == KnowledgeElements.VALIDATED ? 1 : 0;
        }
      }
    });
    Map<String, Integer> pix = new LinkedHashMap<>();
    for (Competence competence : bank.framework().competences()) {
      int[] d = determined.get(competence.code());
      pix.put(competence.code(), d == null ? 0 : pix(validated.get(competence.code()), d));
    }
    return pix;
  }

  private static int pix(int[] validated, int[] determined) {
    double levels = 0;
    double bestAbove = 0;
    for (int level = LEVELS; level >= 1; level--) {
      double share = determined[level] == 0 ? bestAbove
          : (double) validated[level] / determined[level];
      bestAbove = Math.max(bestAbove, share);
      levels += share;
    }
    return (int) Math.round(Certifiability.PIX_PER_LEVEL * levels);
  }
}

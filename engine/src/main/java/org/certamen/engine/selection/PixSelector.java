package org.certamen.engine.selection;

import org.certamen.engine.bank.ItemBank;
import org.certamen.engine.irt.TwoParameterLogistic;

/**
 * The national selection rule. Pool filters, in order: one item per tube; during the first 16
 * questions only competences not yet seen; no competence among the last 2 answered (this filter is
 * dropped when it empties the pool). Among the pool, the 5 items of highest Fisher information
 * a²P(1−P) at θ̂ are kept and drawn as: the 1st with 51 %, else the 2nd with 51 %, and so on, the
 * last taking what is left (51 %, 25 %, 12 %, 6 %, 6 %).
 */
public final class PixSelector implements ItemSelector {
  static final int KEPT = 5;
  static final double TAKE_PROBABILITY = 0.51;
  private static final int RECENT_COMPETENCES = 2;

  private final ThreadLocal<TopCandidates> top = ThreadLocal.withInitial(() -> new TopCandidates(KEPT));

  @Override
  public int select(SelectionContext context) {
    TopCandidates candidates = top.get();
    fill(context, candidates, true);
    if (candidates.size() == 0) {
      fill(context, candidates, false);
    }
    if (candidates.size() == 0) {
      return -1;
    }
    for (int rank = 0; rank < candidates.size() - 1; rank++) {
      if (context.random().nextDouble() < TAKE_PROBABILITY) {
        return candidates.item(rank);
      }
    }
    return candidates.item(candidates.size() - 1);
  }

  private static void fill(SelectionContext context, TopCandidates candidates, boolean avoidRecent) {
    candidates.clear();
    ItemBank bank = context.bank();
    int competenceCount = bank.framework().size();
    boolean coveringPhase = context.position() < competenceCount;
    for (int rank = 0; rank < bank.size(); rank++) {
      int i = bank.itemByDiscrimination(rank);
      double a = bank.discrimination(i);
      // Information never exceeds a²/4 and a only decreases from here: nothing later can enter.
      if (a * a / 4 <= candidates.threshold()) {
        break;
      }
      if (!context.mayServe(i)) {
        continue;
      }
      int competence = bank.competenceIndex(i);
      if (!context.isReplacement()
          && ((coveringPhase && context.competenceCounts()[competence] > 0)
              || (avoidRecent && isRecent(context, competence)))) {
        continue;
      }
      candidates.offer(i, TwoParameterLogistic.information(context.theta(), a, bank.difficulty(i)));
    }
  }

  private static boolean isRecent(SelectionContext context, int competence) {
    int[] recent = context.recentCompetences();
    for (int r = 0; r < Math.min(RECENT_COMPETENCES, recent.length); r++) {
      if (recent[r] == competence) {
        return true;
      }
    }
    return false;
  }
}

package org.certamen.engine.selection;

import java.util.BitSet;
import java.util.SplittableRandom;
import org.certamen.engine.bank.ItemBank;
import org.certamen.engine.bank.ItemPool;

/**
 * What a selector may know of one candidate's test when it picks the next item.
 *
 * @param position number of counted answers so far (0 for the first question)
 * @param length number of counted questions in the test
 * @param theta the current ability estimate
 * @param usedItems items already shown (answered, skipped or neutralised)
 * @param usedTubes tubes already shown; a test shows at most one item per tube
 * @param competenceCounts counted answers per competence (framework order)
 * @param recentCompetences competences of the last answered items, most recent first (may hold -1)
 * @param requiredCompetence the competence to replace after a neutralisation, or -1
 * @param pool the items the candidate may be served
 * @param random this decision's random source, derived from the test seed and position
 * @param testSeed the seed of the whole test, for draws that must stay the same at every decision
 */
public record SelectionContext(
    ItemBank bank,
    int position,
    int length,
    double theta,
    BitSet usedItems,
    BitSet usedTubes,
    int[] competenceCounts,
    int[] recentCompetences,
    int requiredCompetence,
    ItemPool pool,
    SplittableRandom random,
    long testSeed) {

  /**
   * True when the item may be served: in the candidate's pool, neither shown already nor in a tube
   * already shown, and of the required competence when replacing a neutralised item.
   */
  public boolean mayServe(int itemIndex) {
    return !usedItems.get(itemIndex) && !usedTubes.get(bank.tubeIndex(itemIndex))
        && pool.contains(bank, itemIndex)
        && (!isReplacement() || bank.competenceIndex(itemIndex) == requiredCompetence);
  }

  /** True when replacing a neutralised item: the competence rules then give way to its competence. */
  public boolean isReplacement() {
    return requiredCompetence >= 0;
  }
}

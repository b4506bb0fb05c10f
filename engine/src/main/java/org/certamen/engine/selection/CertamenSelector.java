package org.certamen.engine.selection;

import org.certamen.engine.bank.ItemBank;
import org.certamen.engine.irt.TwoParameterLogistic;

/**
 * Certamen's selection rule: maximum information at θ̂ under content and exposure constraints.
 * <ul>
 *   <li>one item per tube; every competence at least {@code minPerCompetence} and at most
 *       {@code maxPerCompetence} times (uncovered competences are forced once the remaining
 *       questions are just enough to cover them);</li>
 *   <li>exposure: an item whose running rate would pass {@code maxExposure} is blocked; below the
 *       cap its information is weighed by (1 − r/r_max), so that busy items give way early instead
 *       of being set aside at random;</li>
 *   <li>a randomised start: the first questions are drawn among the best few, so that no item is
 *       shown to everyone first.</li>
 * </ul>
 */
public final class CertamenSelector implements ItemSelector {
  private final ExposureCounter exposure;
  private final double maxExposure;
  private final int minPerCompetence;
  private final int maxPerCompetence;
  private final int randomStartQuestions;
  private final int randomStartWidth;
  private final ThreadLocal<TopCandidates> top;

  public CertamenSelector(ExposureCounter exposure, double maxExposure, int minPerCompetence,
      int maxPerCompetence, int randomStartQuestions, int randomStartWidth) {
    this.exposure = exposure;
    this.maxExposure = maxExposure;
    this.minPerCompetence = minPerCompetence;
    this.maxPerCompetence = maxPerCompetence;
    this.randomStartQuestions = randomStartQuestions;
    this.randomStartWidth = randomStartWidth;
    this.top = ThreadLocal.withInitial(() -> new TopCandidates(Math.max(1, randomStartWidth)));
  }

  /** The default: exposure ≤ 0.25, 1 to 3 questions per competence, a random pick among 8 first. */
  public static CertamenSelector withDefaults(ExposureCounter exposure) {
    return new CertamenSelector(exposure, 0.25, 1, 3, 1, 8);
  }

  @Override
  public int select(SelectionContext context) {
    TopCandidates candidates = top.get();
    for (Relaxation relaxation : Relaxation.values()) {
      fill(context, candidates, relaxation);
      if (candidates.size() > 0) {
        break;
      }
    }
    if (candidates.size() == 0) {
      return -1;
    }
    if (context.position() < randomStartQuestions && context.requiredCompetence() < 0) {
      return candidates.item(context.random().nextInt(candidates.size()));
    }
    return candidates.item(0);
  }

  /** Constraints given up, one at a time, only when nothing else can be shown. */
  private enum Relaxation { NONE, EXPOSURE, COMPETENCE_MAXIMUM }

  private void fill(SelectionContext context, TopCandidates candidates, Relaxation relaxation) {
    candidates.clear();
    ItemBank bank = context.bank();
    int[] counts = context.competenceCounts();
    int remaining = context.length() - context.position();
    int missing = 0;
    for (int count : counts) {
      missing += Math.max(0, minPerCompetence - count);
    }
    boolean mustCover = remaining <= missing;
    double testsAfterThis = exposure.testsStarted();
    for (int i = 0; i < bank.size(); i++) {
      if (!context.isFresh(i)) {
        continue;
      }
      int competence = bank.competenceIndex(i);
      if (context.requiredCompetence() >= 0 && competence != context.requiredCompetence()) {
        continue;
      }
      if (context.requiredCompetence() < 0) {
        if (mustCover && counts[competence] >= minPerCompetence) {
          continue;
        }
        if (counts[competence] >= maxPerCompetence && relaxation != Relaxation.COMPETENCE_MAXIMUM) {
          continue;
        }
      }
      double weight = 1;
      if (relaxation == Relaxation.NONE && testsAfterThis > 0) {
        // Rate this item would have if shown now; the current test is already counted as started.
        double rate = (exposure.timesShown(i) + 1) / testsAfterThis;
        if (rate > maxExposure) {
          continue;
        }
        weight = 1 - exposure.rate(i) / maxExposure;
      }
      double information = TwoParameterLogistic.information(
          context.theta(), bank.item(i).discrimination(), bank.item(i).difficulty());
      candidates.offer(i, information * weight);
    }
  }
}

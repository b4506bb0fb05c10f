package org.certamen.engine.selection;

import java.util.Arrays;
import org.certamen.engine.bank.ItemBank;

/**
 * Certamen's selection rule: maximum Fisher information at θ̂ under content and exposure
 * constraints.
 * <ul>
 *   <li>one item per tube; every competence at least {@code minPerCompetence} and at most
 *       {@code maxPerCompetence} times (uncovered competences are forced once the remaining
 *       questions are just enough to cover them);</li>
 *   <li>exposure: under the {@link ExposureRule#WEIGHTED} default and the restricted rule, an item
 *       whose running rate r would pass {@code maxExposure} once shown is blocked; below the cap
 *       the rule decides how busy items give way;</li>
 *   <li>a randomised start: the first {@code randomStartQuestions} questions are drawn at random
 *       among the {@code randomStartWidth} best, so that no item is shown to everyone first.</li>
 * </ul>
 * Constraints are relaxed one at a time (exposure, then the per-competence maximum) only when no
 * item is left, so a test always reaches its length while the bank can serve it.
 */
public final class CertamenSelector implements ItemSelector {
  /** How running exposure weighs on selection. */
  public enum ExposureRule {
    /**
     * In the criterion: information × (1 − (r/r_max)^p), so an item gives way smoothly as it nears
     * the cap, to the next most informative one rather than to a random one.
     */
    WEIGHTED,
    /** Only the hard cap (the "restricted" method): pure information below it. */
    RESTRICTED,
    /**
     * Item eligibility (van der Linden and Veldkamp 2004) instead of the hard cap: before each
     * test item i is eligible with probability K_i, with K_i ← 1 when r_i/K_i ≤ r_max, else
     * r_max·K_i/r_i. Kept for comparison; its K_i are updated without synchronisation, which is
     * fine in the simulator.
     */
    ELIGIBILITY
  }

  /**
   * The exposure cap: no item in more than a quarter of the tests, where the national design lets
   * its best items reach about 0.7.
   */
  public static final double DEFAULT_MAX_EXPOSURE = 0.25;
  /**
   * p = 8: measured against p = 2, 4, 16 and the hard cap alone (the README's table), it keeps
   * informative items at full weight until r ≈ 0.6·r_max, then hands them on smoothly.
   */
  public static final int DEFAULT_PENALTY_EXPONENT = 8;
  /** The first question is drawn among the 8 most informative at the prior mean. */
  public static final int DEFAULT_RANDOM_START_WIDTH = 8;

  private final ExposureCounter exposure;
  private final ExposureRule rule;
  private final double maxExposure;
  private final int penaltyExponent;
  private final int minPerCompetence;
  private final int maxPerCompetence;
  private final int randomStartQuestions;
  private final int randomStartWidth;
  private final double[] eligibility;
  private final ThreadLocal<TopCandidates> top;

  /**
   * @param penaltyExponent p of the {@link ExposureRule#WEIGHTED} rule: the larger, the later
   *     items give way
   */
  public CertamenSelector(ExposureCounter exposure, ExposureRule rule, double maxExposure,
      int penaltyExponent, int minPerCompetence, int maxPerCompetence,
      int randomStartQuestions, int randomStartWidth) {
    if (!(maxExposure > 0 && maxExposure <= 1) || penaltyExponent < 1
        || minPerCompetence < 0 || maxPerCompetence < Math.max(1, minPerCompetence)
        || randomStartQuestions < 0 || randomStartWidth < 1) {
      throw new IllegalArgumentException("Invalid selector settings");
    }
    this.exposure = exposure;
    this.rule = rule;
    this.maxExposure = maxExposure;
    this.penaltyExponent = penaltyExponent;
    this.minPerCompetence = minPerCompetence;
    this.maxPerCompetence = maxPerCompetence;
    this.randomStartQuestions = randomStartQuestions;
    this.randomStartWidth = randomStartWidth;
    this.eligibility = new double[exposure.itemCount()];
    Arrays.fill(eligibility, 1);
    this.top = ThreadLocal.withInitial(() -> new TopCandidates(randomStartWidth));
  }

  /** The default: weighted exposure ≤ 0.25, 1 to 3 questions per competence, a random start. */
  public static CertamenSelector withDefaults(ExposureCounter exposure) {
    return withRule(exposure, ExposureRule.WEIGHTED);
  }

  /** The default settings with another exposure rule, to compare them. */
  public static CertamenSelector withRule(ExposureCounter exposure, ExposureRule rule) {
    return new CertamenSelector(exposure, rule, DEFAULT_MAX_EXPOSURE, DEFAULT_PENALTY_EXPONENT,
        1, 3, 1, DEFAULT_RANDOM_START_WIDTH);
  }

  @Override
  public int select(SelectionContext context) {
    if (rule == ExposureRule.ELIGIBILITY && context.position() == 0 && !context.isReplacement()) {
      updateEligibility();
    }

    boolean randomStart = context.position() < randomStartQuestions && !context.isReplacement();
    TopCandidates candidates = top.get();
    for (Relaxation relaxation : Relaxation.values()) {
      candidates.clear(randomStart ? randomStartWidth : 1);
      fill(context, candidates, relaxation);
      if (candidates.size() > 0) {
        break;
      }
    }
    if (candidates.size() == 0) {
      return -1;
    }
    return randomStart ? candidates.item(context.random().nextInt(candidates.size()))
        : candidates.item(0);
  }

  /** Constraints given up, one at a time, only when nothing else can be shown. */
  private enum Relaxation { NONE, EXPOSURE, COMPETENCE_MAXIMUM }

  private void fill(SelectionContext context, TopCandidates candidates, Relaxation relaxation) {
    ItemBank bank = context.bank();
    int[] counts = context.competenceCounts();
    int remaining = context.length() - context.position();
    int missing = 0;
    for (int count : counts) {
      missing += Math.max(0, minPerCompetence - count);
    }
    boolean mustCover = remaining <= missing;
    boolean limitExposure = relaxation == Relaxation.NONE;
    // The current test is already counted as started.
    double cap = maxExposure * exposure.testsStarted();
    double theta = context.theta();
    double logThreshold = logOf(candidates.threshold());
    for (int rank = 0; rank < bank.size(); rank++) {
      int i = bank.itemByDiscrimination(rank);
      double a = bank.discrimination(i);
      // Information never exceeds a²/4 and a only decreases from here: nothing later can enter.
      if (a * a / 4 <= candidates.threshold()) {
        break;
      }
      double z = Math.abs(a * (theta - bank.difficulty(i)));
      // a²P(1 − P) ≤ a²e^(−|z|) and weight ≤ 1: when even that bound cannot beat the threshold,
      // the item cannot enter: checked first, it spares the other checks and the exp of most items.
      if (z >= 2 * bank.logDiscrimination(i) - logThreshold) {
        continue;
      }
      if (!context.mayServe(i)) {
        continue;
      }
      int count = counts[bank.competenceIndex(i)];
      if (!context.isReplacement()
          && ((mustCover && count >= minPerCompetence)
              || (count >= maxPerCompetence && relaxation != Relaxation.COMPETENCE_MAXIMUM))) {
        continue;
      }
      double weight = 1;
      if (limitExposure) {
        int shown = exposure.timesShown(i);
        if (rule == ExposureRule.ELIGIBILITY ? !isEligible(context, i) : shown + 1 > cap) {
          continue;
        }
        if (rule == ExposureRule.WEIGHTED) {
          weight = 1 - power(shown / cap, penaltyExponent);
        }
      }
      if (weight * a * a / 4 <= candidates.threshold()) {
        continue;
      }
      // a²P(1 − P) = a²e/(1 + e)² with e = exp(−|z|): symmetric in z, and never overflows.
      double e = Math.exp(-z);
      double information = a * a * e / ((1 + e) * (1 + e));
      candidates.offer(i, information * weight);
      logThreshold = logOf(candidates.threshold());
    }
  }

  /** log of a threshold; −∞ while there is room (nothing is skipped then). */
  private static double logOf(double threshold) {
    return threshold > 0 ? Math.log(threshold) : Double.NEGATIVE_INFINITY;
  }

  /** x^n by repeated squaring: Math.pow would dominate the selection loop. */
  private static double power(double x, int n) {
    double result = 1;
    for (double base = x; n > 0; n >>= 1, base *= base) {
      if ((n & 1) == 1) {
        result *= base;
      }
    }
    return result;
  }

  private void updateEligibility() {
    for (int i = 0; i < eligibility.length; i++) {
      double rate = exposure.rate(i);
      eligibility[i] = rate / eligibility[i] <= maxExposure ? 1 : maxExposure * eligibility[i] / rate;
    }
  }

  /** Draws item i's eligibility once per test, from the test seed, so every decision agrees. */
  private boolean isEligible(SelectionContext context, int i) {
    long bits = mix(context.testSeed() ^ (0x9E3779B97F4A7C15L * (i + 1)));
    return (bits >>> 11) * 0x1.0p-53 < eligibility[i];
  }

  /** Stafford's 64-bit finaliser (variant 13), as used by SplittableRandom. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}

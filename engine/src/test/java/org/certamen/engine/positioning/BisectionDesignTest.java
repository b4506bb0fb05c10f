package org.certamen.engine.positioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.certamen.engine.bank.ItemBank;
import org.junit.jupiter.api.Test;

class BisectionDesignTest {
  private static final ItemBank BANK = TubeBanks.bank(
      TubeBanks.tube("3.4", "delta", 1, 2, 3, 4, 5, 6, 7, 8));
  private static final Parcours DELTA = TubeBanks.parcours(new Subject("delta", "3.4", 8));
  /** The grid spreads each node's weight over its cell: a normal CDF within this. */
  private static final double GRID_TOLERANCE = 0.01;

  @Test
  void findsEveryLevelAndNeedsFewerQuestionsOnAverageThanAPlainBisection() {
    NormalDistribution prior = new NormalDistribution(0, 1);
    double expectedQuestions = 0;
    for (int level = 0; level <= 8; level++) {
      int trueLevel = level;
      PositioningRun run = PositioningRunTest.play(BANK, DELTA, PositioningDesign.certamen(), 1,
          item -> item.level() <= trueLevel);

      assertThat(run.bySubject().get("delta").reachedLevel()).isEqualTo(level);
      // Level m is the pupils with m − 4.5 ≤ θ < m − 3.5 (difficulty b = level − 4.5).
      double share = prior.cumulativeProbability(level - 3.5)
          - prior.cumulativeProbability(level - 4.5);
      expectedQuestions += share * run.answers().size();
    }

    // A balanced bisection over 9 levels asks 3 or 4 questions to everyone; the search tree
    // weighted by the prior asks the likely middle levels in 2 and the rare ends in up to 5.
    assertThat(expectedQuestions).isLessThan(2.5);
  }

  @Test
  void startsWhereThePriorSplitsTheLevelsInTwo() {
    // Difficulties are level − 4.5 and the prior N(0, 1): the median pupil sits between 4 and 5.
    String first = PositioningRun.replay(BANK, DELTA, PositioningDesign.certamen(), 1, List.of())
        .nextItem().orElseThrow().id();

    assertThat(first).isIn(TubeBanks.id("3.4", "delta", 4), TubeBanks.id("3.4", "delta", 5));
  }

  @Test
  void thePosteriorCdfOfThePriorAloneIsTheStandardNormalOne() {
    RunState state = RunState.fresh(BANK, DELTA);
    double[] weights = state.posterior();
    double[] below = new double[weights.length + 1];
    for (int k = 0; k < weights.length; k++) {
      below[k + 1] = below[k] + weights[k];
    }
    NormalDistribution normal = new NormalDistribution(0, 1);

    for (double b = -3; b <= 3; b += 0.37) {
      assertThat(BisectionDesign.cdf(below, b)).as("F(" + b + ")")
          .isCloseTo(normal.cumulativeProbability(b), within(GRID_TOLERANCE));
    }
    assertThat(BisectionDesign.cdf(below, -100)).isZero();
    assertThat(BisectionDesign.cdf(below, 100)).isEqualTo(1.0);
  }
}

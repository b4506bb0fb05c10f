package org.certamen.engine.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.certamen.engine.TestBanks;
import org.certamen.engine.bank.ItemBank;
import org.junit.jupiter.api.Test;

/** Reproduces the values published for the national algorithm. */
class PixEstimatorTest {
  private static final double PUBLISHED_TOLERANCE = 1e-9;

  private final ItemBank bank = TestBanks.bank(
      TestBanks.item("a", "1.1", "t1", 1.86350005965093, 0.194712138508747),
      TestBanks.item("b", "1.2", "t2", 2.25422414740233, 0.823376599163319),
      TestBanks.item("c", "1.3", "t3", 2.056, 0.6973893),
      TestBanks.item("d", "2.1", "t4", 2.5689203, 1.36973893));
  private final LikelihoodTable table = new LikelihoodTable(bank, QuadratureGrid.pix());

  @Test
  void reproducesPublishedEstimateAfterOneCorrectAnswer() {
    Estimation estimation = new PixEstimator(table, 0, Double.NaN).start();
    estimation.add(0, true);

    assertThat(estimation.estimate().theta()).isCloseTo(0.859419960298745, within(PUBLISHED_TOLERANCE));
    assertThat(estimation.estimate().standardError())
        .isCloseTo(0.9327454634914153, within(PUBLISHED_TOLERANCE));
  }

  @Test
  void reproducesPublishedEstimateAfterTwoCorrectAnswers() {
    Estimation estimation = new PixEstimator(table, 0, Double.NaN).start();
    estimation.add(0, true);
    estimation.add(1, true);

    assertThat(estimation.estimate().theta()).isCloseTo(1.802340122865396, within(PUBLISHED_TOLERANCE));
    assertThat(estimation.estimate().standardError())
        .isCloseTo(0.8549014053951466, within(PUBLISHED_TOLERANCE));
  }

  @Test
  void capsEachStepAtHalfAfterCorrectAnswers() {
    Estimation estimation = new PixEstimator(table, 0, 0.5).start();
    double[] expected = {0.5, 0.75, 1.125};
    int[] items = {0, 2, 3};
    for (int i = 0; i < items.length; i++) {
      estimation.add(items[i], true);
      assertThat(estimation.estimate().theta()).isCloseTo(expected[i], within(PUBLISHED_TOLERANCE));
    }
  }

  @Test
  void capsEachStepAtHalfAfterWrongAnswers() {
    Estimation estimation = new PixEstimator(table, 0, 0.5).start();
    double[] expected = {-0.5, -0.75, -1.125};
    int[] items = {0, 2, 3};
    for (int i = 0; i < items.length; i++) {
      estimation.add(items[i], false);
      assertThat(estimation.estimate().theta()).isCloseTo(expected[i], within(PUBLISHED_TOLERANCE));
    }
  }
}

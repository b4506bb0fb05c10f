package org.certamen.engine.irt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TwoParameterLogisticTest {
  /** Reference values computed independently with exact decimal arithmetic. */
  private static final double REFERENCE_TOLERANCE = 1e-15;

  @Test
  void matchesReferenceProbabilities() {
    assertThat(TwoParameterLogistic.probability(0, 1, 0)).isEqualTo(0.5);
    // 1 / (1 + e^-1.5)
    assertThat(TwoParameterLogistic.probability(1, 1.5, 0))
        .isCloseTo(0.8175744761936437, within(REFERENCE_TOLERANCE));
    // 1 / (1 + e^(2 * 1.2)) with θ − b = −1.2
    assertThat(TwoParameterLogistic.probability(-0.7, 2, 0.5))
        .isCloseTo(0.0831726964939224, within(REFERENCE_TOLERANCE));
  }

  @Test
  void logProbabilitiesAgreeWithTheProbability() {
    double[] thetas = {-4, -1.3, 0, 0.2, 2.5, 5};
    for (double theta : thetas) {
      double p = TwoParameterLogistic.probability(theta, 1.7, 0.4);
      assertThat(TwoParameterLogistic.logProbability(theta, 1.7, 0.4))
          .isCloseTo(Math.log(p), within(1e-12));
      assertThat(TwoParameterLogistic.logComplement(theta, 1.7, 0.4))
          .isCloseTo(Math.log(1 - p), within(1e-12));
    }
  }

  @Test
  void keepsLogsFiniteAndExactAtExtremeArguments() {
    // z = ±800: exp(800) overflows, yet log σ(−800) = −800 − log1p(e^−800) = −800.
    assertThat(TwoParameterLogistic.logProbability(-400, 2, 0)).isEqualTo(-800);
    assertThat(TwoParameterLogistic.logComplement(400, 2, 0)).isEqualTo(-800);
    assertThat(TwoParameterLogistic.logProbability(400, 2, 0)).isEqualTo(-0.0);
    assertThat(TwoParameterLogistic.logComplement(-400, 2, 0)).isEqualTo(-0.0);
    // z = 40: log Q = −40 − log1p(e^−40), a value a naive log(1 − P) would round to −∞.
    assertThat(TwoParameterLogistic.logComplement(20, 2, 0))
        .isCloseTo(-40 - Math.exp(-40), within(1e-12));
  }

  @Test
  void informationIsMaximalAtTheDifficulty() {
    double a = 1.8;
    double b = -0.6;
    double atDifficulty = TwoParameterLogistic.information(b, a, b);

    assertThat(atDifficulty).isCloseTo(a * a / 4, within(1e-15));
    for (double step = 0.05; step < 3; step += 0.05) {
      assertThat(TwoParameterLogistic.information(b + step, a, b)).isLessThan(atDifficulty);
      assertThat(TwoParameterLogistic.information(b - step, a, b)).isLessThan(atDifficulty);
    }
  }

  @Test
  void informationIsSymmetricAroundTheDifficulty() {
    assertThat(TwoParameterLogistic.information(1.3, 1.1, 0.3))
        .isCloseTo(TwoParameterLogistic.information(-0.7, 1.1, 0.3), within(1e-15));
  }
}

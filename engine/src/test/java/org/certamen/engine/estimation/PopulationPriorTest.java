package org.certamen.engine.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PopulationPriorTest {
  @Test
  void proposesNothingBeforeEnoughResults() {
    PopulationPrior population = new PopulationPrior();
    for (int i = 0; i < PopulationPrior.MIN_RESULTS - 1; i++) {
      population.add(i % 2, 0.3);
    }

    assertThat(population.prior()).isEmpty();
    population.add(0, 0.3);
    assertThat(population.prior()).isPresent();
  }

  @Test
  void addsTheMeanSquaredErrorToTheSpreadOfTheEstimates() {
    // Estimates spread with SD 1.1 and standard errors 0.3: Var θ ≈ 1.21 + 0.09.
    SplittableRandom random = new SplittableRandom(1);
    PopulationPrior population = new PopulationPrior();
    for (int i = 0; i < 20_000; i++) {
      population.add(0.3 + 1.1 * random.nextGaussian(), 0.3);
    }

    Prior prior = population.prior().orElseThrow();

    assertThat(prior.mean()).isCloseTo(0.3, within(0.03));
    assertThat(prior.standardDeviation()).isCloseTo(Math.sqrt(1.21 + 0.09), within(0.02));
  }

  @Test
  void neverGoesBelowTheSdFloor() {
    PopulationPrior population = new PopulationPrior();
    for (int i = 0; i < 100; i++) {
      population.add(1.5, 0.2);
    }

    assertThat(population.prior().orElseThrow())
        .isEqualTo(new Prior(1.5, PopulationPrior.MIN_SD));
  }

  @Test
  void ignoresNonFiniteResults() {
    PopulationPrior population = new PopulationPrior();
    population.add(Double.NaN, 0.3);
    population.add(0.1, Double.POSITIVE_INFINITY);

    assertThat(population.count()).isZero();
  }
}

package org.certamen.engine.estimation;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A normal prior N(mean, standardDeviation²) on ability. Recorded in each test's state, so that a
 * rescore uses the prior the test was run with.
 */
public record Prior(
    @JsonProperty("m") double mean,
    @JsonProperty("s") double standardDeviation) {

  /** The national scale's reference population. */
  public static final Prior STANDARD_NORMAL = new Prior(0, 1);

  /** @throws IllegalArgumentException unless the mean is finite and the SD finite and positive */
  public Prior {
    if (!Double.isFinite(mean) || !(standardDeviation > 0) || Double.isInfinite(standardDeviation)) {
      throw new IllegalArgumentException(
          "A prior needs a finite mean and a positive SD, not N(" + mean + ", " + standardDeviation + "²)");
    }
  }

  /** log π(θ) up to a constant, which cancels out in a posterior. */
  public double logDensity(double theta) {
    double deviation = (theta - mean) / standardDeviation;
    return -deviation * deviation / 2;
  }
}

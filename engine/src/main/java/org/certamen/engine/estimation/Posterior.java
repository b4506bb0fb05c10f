package org.certamen.engine.estimation;

/** Moments of a discrete posterior given as log densities over the grid's nodes. */
public final class Posterior {
  private Posterior() {
  }

  /**
   * Normalises exp(ℓ_k) into {@code weights} (summing to 1). The maximum is subtracted first
   * (log-sum-exp) so that long answer patterns never underflow to 0/0.
   */
  public static void normalise(double[] logDensity, double[] weights) {
    double max = Double.NEGATIVE_INFINITY;
    for (double value : logDensity) {
      max = Math.max(max, value);
    }
    double sum = 0;
    for (int k = 0; k < logDensity.length; k++) {
      weights[k] = Math.exp(logDensity[k] - max);
      sum += weights[k];
    }
    for (int k = 0; k < weights.length; k++) {
      weights[k] /= sum;
    }
  }

  /** Σ θ_k w_k. */
  static double mean(double[] nodes, double[] weights) {
    double mean = 0;
    for (int k = 0; k < nodes.length; k++) {
      mean += nodes[k] * weights[k];
    }
    return mean;
  }

  /** Σ (θ_k − centre)² w_k. */
  static double squaredDeviation(double[] nodes, double[] weights, double centre) {
    double sum = 0;
    for (int k = 0; k < nodes.length; k++) {
      double deviation = nodes[k] - centre;
      sum += deviation * deviation * weights[k];
    }
    return sum;
  }
}

package org.certamen.engine.estimation;

import org.certamen.engine.irt.TwoParameterLogistic;

/**
 * A brute-force EAP for tests: 4,001 nodes on [−10, 10] with the plain trapezoid rule, written
 * independently of the engine's tables and normalisation.
 */
final class DenseReference {
  private static final int NODES = 4001;
  private static final double LOWER = -10;
  private static final double UPPER = 10;

  private DenseReference() {
  }

  /** {θ̂, posterior SD} of the answers (item i with a[i], b[i], correct[i]) under N(μ, σ²). */
  static double[] estimate(double[] a, double[] b, boolean[] correct, double priorMean,
      double priorSd) {
    double step = (UPPER - LOWER) / (NODES - 1);
    double[] logDensity = new double[NODES];
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < NODES; k++) {
      double theta = LOWER + k * step;
      double z = (theta - priorMean) / priorSd;
      double log = -z * z / 2;
      for (int i = 0; i < a.length; i++) {
        log += correct[i] ? TwoParameterLogistic.logProbability(theta, a[i], b[i])
            : TwoParameterLogistic.logComplement(theta, a[i], b[i]);
      }
      logDensity[k] = log;
      max = Math.max(max, log);
    }
    double mass = 0;
    double first = 0;
    double second = 0;
    for (int k = 0; k < NODES; k++) {
      double theta = LOWER + k * step;
      double weight = Math.exp(logDensity[k] - max) * (k == 0 || k == NODES - 1 ? 0.5 : 1);
      mass += weight;
      first += weight * theta;
      second += weight * theta * theta;
    }
    double mean = first / mass;
    return new double[] {mean, Math.sqrt(second / mass - mean * mean)};
  }
}

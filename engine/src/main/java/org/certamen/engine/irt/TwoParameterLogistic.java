package org.certamen.engine.irt;

/**
 * The two-parameter logistic item response model, on the logistic metric (no 1.7 constant):
 * P(θ) = 1 / (1 + exp(−a(θ − b))), with discrimination a &gt; 0 and difficulty b.
 */
public final class TwoParameterLogistic {
  private TwoParameterLogistic() {
  }

  /** Probability of a correct answer, P(θ) = 1 / (1 + exp(−a(θ − b))). */
  public static double probability(double theta, double discrimination, double difficulty) {
    return 1.0 / (1.0 + Math.exp(-discrimination * (theta - difficulty)));
  }

  /**
   * log P(θ) = −log(1 + exp(−z)) with z = a(θ − b). For z &lt; 0 it is computed as
   * z − log(1 + exp(z)) so that exp never overflows and the result keeps full precision.
   */
  public static double logProbability(double theta, double discrimination, double difficulty) {
    return logSigmoid(discrimination * (theta - difficulty));
  }

  /** log Q(θ) = log(1 − P(θ)) = log σ(−z), computed with the same stable branches. */
  public static double logComplement(double theta, double discrimination, double difficulty) {
    return logSigmoid(-discrimination * (theta - difficulty));
  }

  /** Fisher information a² P(θ) (1 − P(θ)), maximal (a²/4) at θ = b. */
  public static double information(double theta, double discrimination, double difficulty) {
    double p = probability(theta, discrimination, difficulty);
    return discrimination * discrimination * p * (1.0 - p);
  }

  /** log σ(z) = −log1p(exp(−z)), on the branch where the exponent is never positive. */
  static double logSigmoid(double z) {
    return z >= 0 ? -Math.log1p(Math.exp(-z)) : z - Math.log1p(Math.exp(z));
  }
}

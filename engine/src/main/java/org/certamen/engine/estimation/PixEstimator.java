package org.certamen.engine.estimation;

/**
 * The national (Pix v3) estimator, reproduced faithfully. After every answer the posterior is the
 * likelihood of all answers so far times a normal prior of variance 1.5 re-centred on the previous
 * estimate; the new estimate is its mean, moved at most by a gap (the 50 % rule): the gap is
 * {@code variationPercent} when |θ| &lt; 0.5, else {@code variationPercent·|θ|}. The error rate is
 * √(Σ p_k (θ_k − θ̂)² − (9/80)²/12). The result depends on answer order, by design.
 *
 * @param variationPercent the step cap, or {@code Double.NaN} for no cap
 */
public record PixEstimator(LikelihoodTable table, double startTheta, double variationPercent)
    implements AbilityEstimator {
  /** Variance of the moving normal prior. */
  public static final double PRIOR_VARIANCE = 1.5;
  /** The published error-rate correction, (9/80)²/12. */
  private static final double GRID_CORRECTION = (9.0 / 80.0) * (9.0 / 80.0) / 12.0;
  private static final double SMALL_THETA = 0.5;

  @Override
  public Estimation start() {
    return new Running();
  }

  /** The capped move from {@code previous} toward {@code next}. */
  double limitVariation(double previous, double next) {
    if (Double.isNaN(variationPercent)) {
      return next;
    }
    double gap = Math.abs(previous) < SMALL_THETA
        ? variationPercent : variationPercent * Math.abs(previous);
    return Math.max(previous - gap, Math.min(previous + gap, next));
  }

  /** Holds only the log-likelihood: one is kept per candidate in progress, the rest is scratch. */
  private final class Running implements Estimation {
    private final double[] nodes = table.nodes();
    private final double[] logLikelihood = new double[nodes.length];
    private double theta = startTheta;
    private double standardError;

    Running() {
      standardError = errorRate(posteriorAround(theta));
    }

    private Running(Running from) {
      System.arraycopy(from.logLikelihood, 0, logLikelihood, 0, logLikelihood.length);
      theta = from.theta;
      standardError = from.standardError;
    }

    @Override
    public Estimation copy() {
      return new Running(this);
    }

    @Override
    public void add(int itemIndex, boolean correct) {
      table.addTo(logLikelihood, itemIndex, correct);
      double[] posterior = posteriorAround(theta);
      theta = limitVariation(theta, Posterior.mean(nodes, posterior));
      standardError = errorRate(posterior);
    }

    private double[] posteriorAround(double priorMean) {
      double[] logPosterior = new double[nodes.length];
      double[] weights = new double[nodes.length];
      for (int k = 0; k < nodes.length; k++) {
        double deviation = nodes[k] - priorMean;
        logPosterior[k] = logLikelihood[k] - deviation * deviation / (2 * PRIOR_VARIANCE);
      }
      Posterior.normalise(logPosterior, weights);
      return weights;
    }

    private double errorRate(double[] posterior) {
      double variance = Posterior.squaredDeviation(nodes, posterior, theta) - GRID_CORRECTION;
      return Math.sqrt(Math.max(0, variance));
    }

    @Override
    public AbilityEstimate estimate() {
      return new AbilityEstimate(theta, standardError);
    }
  }
}

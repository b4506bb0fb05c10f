package org.certamen.engine.estimation;

/**
 * Expected a posteriori estimation with a fixed normal prior N(μ, σ²) on a quadrature grid:
 * θ̂ = Σ θ_k p_k / Σ p_k with p_k ∝ L(θ_k) π(θ_k); the standard error is the posterior SD.
 * The estimate depends only on which answers were given, not on their order.
 */
public final class EapEstimator implements AbilityEstimator {
  private final LikelihoodTable table;
  private final double[] logPrior;

  public EapEstimator(LikelihoodTable table, double priorMean, double priorStandardDeviation) {
    if (!(priorStandardDeviation > 0)) {
      throw new IllegalArgumentException("The prior SD must be positive");
    }
    this.table = table;
    double[] nodes = table.nodes();
    this.logPrior = new double[nodes.length];
    double variance = priorStandardDeviation * priorStandardDeviation;
    for (int k = 0; k < nodes.length; k++) {
      double deviation = nodes[k] - priorMean;
      // The normalising constant cancels out in the posterior.
      logPrior[k] = -deviation * deviation / (2 * variance);
    }
  }

  @Override
  public Estimation start() {
    return new Running();
  }

  private final class Running implements Estimation {
    private final double[] logPosterior = logPrior.clone();
    private final double[] weights = new double[logPrior.length];
    private AbilityEstimate estimate;

    @Override
    public void add(int itemIndex, boolean correct) {
      table.addTo(logPosterior, itemIndex, correct);
      estimate = null;
    }

    @Override
    public AbilityEstimate estimate() {
      if (estimate == null) {
        Posterior.normalise(logPosterior, weights);
        double[] nodes = table.nodes();
        double theta = Posterior.mean(nodes, weights);
        estimate = new AbilityEstimate(theta,
            Math.sqrt(Posterior.squaredDeviation(nodes, weights, theta)));
      }
      return estimate;
    }
  }
}

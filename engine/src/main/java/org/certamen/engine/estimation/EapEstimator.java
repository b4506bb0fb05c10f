package org.certamen.engine.estimation;

/**
 * Expected a posteriori estimation with a normal prior N(μ, σ²), fixed for a test, on a grid:
 * θ̂ = Σ θ_k p_k / Σ p_k with p_k ∝ L(θ_k) π(θ_k); the standard error is the posterior SD.
 * The estimate depends only on which answers were given, not on their order.
 */
public record EapEstimator(LikelihoodTable table, Prior prior) implements AbilityEstimator {
  @Override
  public Estimation start() {
    return start(prior);
  }

  @Override
  public Estimation start(Prior testPrior) {
    return new Running(testPrior);
  }

  /** Holds only the log-posterior: one is kept per candidate in progress, the weights are scratch. */
  private final class Running implements Estimation {
    private final double[] logPosterior;
    private AbilityEstimate estimate;

    private Running(Running from) {
      logPosterior = from.logPosterior.clone();
      estimate = from.estimate;
    }

    Running(Prior testPrior) {
      double[] nodes = table.nodes();
      logPosterior = new double[nodes.length];
      for (int k = 0; k < nodes.length; k++) {
        logPosterior[k] = testPrior.logDensity(nodes[k]);
      }
    }

    @Override
    public void add(int itemIndex, boolean correct) {
      table.addTo(logPosterior, itemIndex, correct);
      estimate = null;
    }

    @Override
    public Estimation copy() {
      return new Running(this);
    }

    @Override
    public AbilityEstimate estimate() {
      if (estimate == null) {
        double[] weights = new double[logPosterior.length];
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

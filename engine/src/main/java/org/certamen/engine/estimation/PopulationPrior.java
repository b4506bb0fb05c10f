package org.certamen.engine.estimation;

import java.util.Optional;

/**
 * A prior matched to the population tested so far, estimated from earlier results. The mean is the
 * mean of the estimates θ̂; the variance follows the law of total variance,
 * Var θ = Var E[θ | answers] + E[Var(θ | answers)] ≈ Var θ̂ + mean SE², since EAP estimates are
 * shrunk and spread less than the abilities themselves. The SD is floored at {@link #MIN_SD} so
 * that a narrow early sample never squeezes the tails, and nothing is proposed before
 * {@link #MIN_RESULTS} results. Not thread-safe.
 */
public final class PopulationPrior {
  /** Fewer results than this leave the design's own prior. */
  public static final int MIN_RESULTS = 30;
  /** Never narrower than the national scale's reference population. */
  public static final double MIN_SD = 1.0;

  private long count;
  private double mean;
  /** Σ (θ̂ − mean)², updated with Welford's recurrence to stay exact over many results. */
  private double squaredDeviations;
  private double sumSquaredStandardErrors;

  /** Adds one finished test's estimate and standard error; non-finite values are ignored. */
  public void add(double theta, double standardError) {
    if (!Double.isFinite(theta) || !Double.isFinite(standardError)) {
      return;
    }
    count++;
    double delta = theta - mean;
    mean += delta / count;
    squaredDeviations += delta * (theta - mean);
    sumSquaredStandardErrors += standardError * standardError;
  }

  /** The matched prior, or empty while fewer than {@link #MIN_RESULTS} results were added. */
  public Optional<Prior> prior() {
    if (count < MIN_RESULTS) {
      return Optional.empty();
    }
    double variance = squaredDeviations / (count - 1) + sumSquaredStandardErrors / count;
    return Optional.of(new Prior(mean, Math.max(MIN_SD, Math.sqrt(variance))));
  }

  public long count() {
    return count;
  }
}

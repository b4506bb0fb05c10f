package org.certamen.engine.scoring;

import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * A scored test: θ̂ and its standard error, the 0–895 score with its 95 % interval
 * [score(θ̂ − 1.96·SE), score(θ̂ + 1.96·SE)], the global level and a level per competence.
 */
public record TestResult(
    double theta,
    double standardError,
    int score,
    int scoreLow,
    int scoreHigh,
    int globalLevel,
    Map<String, Integer> competenceLevels,
    int countedAnswers) {

  /** z for a two-sided 95 % interval: the standard normal's 0.975 quantile (≈ 1.96). */
  public static final double Z_95 = new NormalDistribution().inverseCumulativeProbability(0.975);

  public TestResult {
    competenceLevels = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(competenceLevels));
  }

  /** Scores an estimate with the national scale and the given competence levels. */
  public static TestResult of(double theta, double standardError, CompetenceLevels levels,
      int countedAnswers) {
    int score = ScoreScale.score(theta);
    return new TestResult(theta, standardError, score,
        ScoreScale.score(theta - Z_95 * standardError),
        ScoreScale.score(theta + Z_95 * standardError),
        ScoreScale.globalLevel(score), levels.levels(theta),
        countedAnswers);
  }
}

package org.certamen.engine.scoring;

/**
 * The national 0–895 scale. θ is located in a mesh interval [bound_j, bound_j+1); the score is
 * floor(weight_j · (coefficient_j + progression)), where progression = (θ − bound_j) /
 * (bound_j+1 − bound_j). Below the first bound the score is 0; it is capped at 895.
 * For example θ = −3 → 32, θ = 0 → 187, θ = 2 → 469, θ = 4 → 768.
 */
public final class ScoreScale {
  public static final int MAX_SCORE = 895;
  private static final double[] BOUNDS = {-4.67, -1.4, -0.519, 0.6, 1.5, 2.25, 3.1, 4, 8};
  private static final int[] WEIGHTS = {64, 64, 128, 128, 128, 128, 128, 128};
  private static final int[] COEFFICIENTS = {0, 1, 1, 2, 3, 4, 5, 6};
  /** Lowest score of global levels 1 to 7; below 64 is the pre-level 0. */
  private static final int[] GLOBAL_LEVEL_SCORES = {64, 128, 256, 384, 512, 640, 768};

  private ScoreScale() {
  }

  /** The 0–895 score of an ability. */
  public static int score(double theta) {
    if (Double.isNaN(theta) || theta < BOUNDS[0]) {
      return 0;
    }
    for (int j = 0; j < WEIGHTS.length; j++) {
      if (theta < BOUNDS[j + 1]) {
        double progression = (theta - BOUNDS[j]) / (BOUNDS[j + 1] - BOUNDS[j]);
        return Math.min(MAX_SCORE, (int) Math.floor(WEIGHTS[j] * (COEFFICIENTS[j] + progression)));
      }
    }
    return MAX_SCORE;
  }

  /** The global level 0–7 of a score (64, 128, 256, 384, 512, 640 and 768 open levels 1 to 7). */
  public static int globalLevel(int score) {
    int level = 0;
    while (level < GLOBAL_LEVEL_SCORES.length && score >= GLOBAL_LEVEL_SCORES[level]) {
      level++;
    }
    return level;
  }
}

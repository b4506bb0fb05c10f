package org.certamen.engine.scoring;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.certamen.engine.framework.Competence;
import org.certamen.engine.framework.CompetenceFramework;

/**
 * A level 0–7 per competence from the global θ, through 7 increasing thresholds: the level is the
 * number of thresholds at or below θ. Defaults −2, −1, 0.5, 1, 2, 3, 4, overridable per competence.
 * Like the national system, every level comes from the single global estimate: two questions per
 * competence are far too few to estimate a competence on its own (posterior SD ≈ 0.75).
 */
public final class CompetenceLevels {
  public static final double[] DEFAULT_THRESHOLDS = {-2, -1, 0.5, 1, 2, 3, 4};
  public static final int MAX_LEVEL = DEFAULT_THRESHOLDS.length;

  private final CompetenceFramework framework;
  private final Map<String, double[]> thresholds;

  private CompetenceLevels(CompetenceFramework framework, Map<String, double[]> thresholds) {
    this.framework = framework;
    this.thresholds = thresholds;
  }

  public static CompetenceLevels defaults(CompetenceFramework framework) {
    return new CompetenceLevels(framework, Map.of());
  }

  /** The same levels with other thresholds for one competence (7 increasing finite numbers). */
  public CompetenceLevels withThresholds(String competenceCode, double... values) {
    if (framework.find(competenceCode).isEmpty()) {
      throw new IllegalArgumentException("Unknown competence " + competenceCode);
    }
    if (values.length != MAX_LEVEL) {
      throw new IllegalArgumentException("A competence needs " + MAX_LEVEL + " thresholds");
    }
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i]) || (i > 0 && values[i] <= values[i - 1])) {
        throw new IllegalArgumentException("Thresholds must be finite and increasing");
      }
    }
    Map<String, double[]> copy = new HashMap<>(thresholds);
    copy.put(competenceCode, values.clone());
    return new CompetenceLevels(framework, Map.copyOf(copy));
  }

  public int level(String competenceCode, double theta) {
    double[] bounds = thresholds.getOrDefault(competenceCode, DEFAULT_THRESHOLDS);
    int level = 0;
    while (level < bounds.length && theta >= bounds[level]) {
      level++;
    }
    return level;
  }

  /** Competence code to level, in framework order. */
  public Map<String, Integer> levels(double theta) {
    Map<String, Integer> levels = new LinkedHashMap<>();
    for (Competence competence : framework.competences()) {
      levels.put(competence.code(), level(competence.code(), theta));
    }
    return levels;
  }

  @Override
  public String toString() {
    return "CompetenceLevels" + Arrays.toString(DEFAULT_THRESHOLDS) + " overrides " + thresholds.keySet();
  }
}

package org.certamen.engine.simulation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.certamen.engine.AdaptiveRun;
import org.certamen.engine.TestDesign;
import org.certamen.engine.TestState;
import org.certamen.engine.bank.ItemBank;
import org.certamen.engine.bank.ItemPool;
import org.certamen.engine.scoring.CompetenceLevels;
import org.certamen.engine.scoring.ScoreScale;
import org.certamen.engine.scoring.TestResult;
import org.certamen.engine.selection.ExposureCounter;

/**
 * What a simulation measured. Errors are θ̂ − θ. {@code standardErrorRatio} is the mean reported
 * standard error over the RMSE (1 for an honest standard error); {@code coverage95} the share of
 * candidates whose true θ lies in θ̂ ± 1.96·SE; {@code levelAgreement} the share of (candidate,
 * competence) pairs whose level from θ̂ equals the level from the true θ; {@code overlapRate}
 * Σ r_i² / L, the expected share of items two candidates have in common; exposure shares are
 * over the items of the candidates' {@code pool}. {@code incompleteTests} counts the tests the pool
 * could not serve to their length. Decision times are wall
 * clock, so they are the only figures that vary between runs of one seed.
 */
public record SimulationReport(
    String design,
    String bankVersion,
    int bankSize,
    ItemPool pool,
    int candidates,
    int incompleteTests,
    long seed,
    double rmse,
    double bias,
    double correlation,
    double meanStandardError,
    double standardErrorRatio,
    double coverage95,
    double scoreMeanAbsoluteError,
    double levelAgreement,
    double maxExposure,
    double neverUsedShare,
    double shareAboveMaxExposure,
    double overlapRate,
    int minCompetencesCovered,
    int maxQuestionsPerCompetence,
    double decisionMicrosP50,
    double decisionMicrosP99,
    List<Band> bands) {

  /** The exposure cap the report counts items above. */
  public static final double MAX_EXPOSURE = 0.25;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Bounds of the bands of true θ: < −2, −2..−1, −1..0, 0..1, 1..2, 2..3, > 3. */
  private static final double[] BAND_BOUNDS = {-2, -1, 0, 1, 2, 3};

  public SimulationReport {
    bands = List.copyOf(bands);
  }

  /**
   * Accuracy among candidates whose true θ lies in [lower, upper); rmse and bias are null when the
   * band is empty.
   */
  public record Band(String label, int n, Double rmse, Double bias) {
  }

  /** The report as one JSON object, in the order of the record's fields. */
  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The report as an aligned, readable table. */
  public String toTable() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT,
        "design %s, bank %s (%d items), %s pool, %d candidates, seed %d%n",
        design, bankVersion, bankSize, pool.name().toLowerCase(Locale.ROOT), candidates, seed));
    out.append(String.format(Locale.ROOT, "%-28s %10d%n", "incomplete tests", incompleteTests));
    row(out, "rmse", rmse);
    row(out, "bias", bias);
    row(out, "correlation", correlation);
    row(out, "mean standard error", meanStandardError);
    row(out, "standard error / rmse", standardErrorRatio);
    row(out, "95% interval coverage", coverage95);
    row(out, "score mean absolute error", scoreMeanAbsoluteError);
    row(out, "level agreement", levelAgreement);
    row(out, "max exposure", maxExposure);
    row(out, "never used share", neverUsedShare);
    row(out, "share above " + MAX_EXPOSURE, shareAboveMaxExposure);
    row(out, "overlap rate", overlapRate);
    out.append(String.format(Locale.ROOT, "%-28s %10d%n", "min competences covered", minCompetencesCovered));
    out.append(String.format(Locale.ROOT, "%-28s %10d%n", "max questions per competence",
        maxQuestionsPerCompetence));
    row(out, "decision p50 (µs)", decisionMicrosP50);
    row(out, "decision p99 (µs)", decisionMicrosP99);
    out.append(String.format(Locale.ROOT, "%n%-10s %6s %10s %10s%n", "true θ", "n", "rmse", "bias"));
    for (Band band : bands) {
      out.append(String.format(Locale.ROOT, "%-10s %6d %10s %10s%n", band.label(), band.n(),
          format(band.rmse()), format(band.bias())));
    }
    return out.toString();
  }

  private static void row(StringBuilder out, String name, double value) {
    out.append(String.format(Locale.ROOT, "%-28s %10.4f%n", name, value));
  }

  private static String format(Double value) {
    return value == null ? "-" : String.format(Locale.ROOT, "%.4f", value);
  }

  /** Collects one run's tests, then computes the figures. */
  static final class Builder {
    private final TestDesign design;
    private final ItemPool pool;
    private final long seed;
    private final List<double[]> tests = new ArrayList<>();
    private int incompleteTests;
    private long[] decisionNanos = new long[1024];
    private int decisions;
    private int minCompetencesCovered = Integer.MAX_VALUE;
    private int maxQuestionsPerCompetence;
    private long levelMatches;
    private long levelPairs;

    Builder(TestDesign design, ItemPool pool, long seed) {
      this.design = design;
      this.pool = pool;
      this.seed = seed;
    }

    void addDecisionNanos(long nanos) {
      if (decisions == decisionNanos.length) {
        decisionNanos = Arrays.copyOf(decisionNanos, decisions * 2);
      }
      decisionNanos[decisions++] = nanos;
    }

    void addTest(double trueTheta, AdaptiveRun test) {
      TestResult result = test.result();
      tests.add(new double[] {trueTheta, result.theta(), result.standardError()});
      incompleteTests += test.isComplete() ? 0 : 1;
      countCoverage(test);
      CompetenceLevels levels = design.levels();
      Map<String, Integer> trueLevels = levels.levels(trueTheta);
      for (Map.Entry<String, Integer> level : result.competenceLevels().entrySet()) {
        levelPairs++;
        if (level.getValue().equals(trueLevels.get(level.getKey()))) {
          levelMatches++;
        }
      }
    }

    private void countCoverage(AdaptiveRun test) {
      ItemBank bank = design.bank();
      int[] counts = new int[bank.framework().size()];
      Set<Integer> covered = new HashSet<>();
      for (TestState.Response response : test.responses()) {
        if (!response.neutralised()) {
          int competence = bank.competenceIndex(bank.indexOf(response.itemId()));
          counts[competence]++;
          covered.add(competence);
        }
      }
      minCompetencesCovered = Math.min(minCompetencesCovered, covered.size());
      for (int count : counts) {
        maxQuestionsPerCompetence = Math.max(maxQuestionsPerCompetence, count);
      }
    }

    SimulationReport build() {
      int n = tests.size();
      if (n == 0) {
        throw new IllegalStateException("A simulation needs at least one candidate");
      }
      double sumError = 0;
      double sumSquared = 0;
      double sumStandardError = 0;
      double sumScoreError = 0;
      int covered = 0;
      double[] truths = new double[n];
      double[] estimates = new double[n];
      for (int c = 0; c < n; c++) {
        double[] test = tests.get(c);
        truths[c] = test[0];
        estimates[c] = test[1];
        double error = test[1] - test[0];
        sumError += error;
        sumSquared += error * error;
        sumStandardError += test[2];
        sumScoreError += Math.abs(ScoreScale.score(test[1]) - ScoreScale.score(test[0]));
        if (Math.abs(error) <= TestResult.Z_95 * test[2]) {
          covered++;
        }
      }
      double rmse = Math.sqrt(sumSquared / n);
      double meanStandardError = sumStandardError / n;
      ExposureCounter exposure = design.exposure(pool);
      double maxExposure = 0;
      int poolSize = 0;
      int neverUsed = 0;
      int aboveCap = 0;
      double sumSquaredRates = 0;
      for (int i = 0; i < exposure.itemCount(); i++) {
        if (!pool.contains(design.bank(), i)) {
          continue;
        }
        poolSize++;
        double rate = exposure.rate(i);
        maxExposure = Math.max(maxExposure, rate);
        neverUsed += exposure.timesShown(i) == 0 ? 1 : 0;
        aboveCap += rate > MAX_EXPOSURE ? 1 : 0;
        sumSquaredRates += rate * rate;
      }
      long[] times = Arrays.copyOf(decisionNanos, decisions);
      Arrays.sort(times);
      return new SimulationReport(design.name(), design.bank().version(), design.bank().size(),
          pool, n, incompleteTests, seed, rmse, sumError / n, correlation(truths, estimates), meanStandardError,
          meanStandardError / rmse, covered / (double) n, sumScoreError / n,
          levelMatches / (double) levelPairs, maxExposure,
          neverUsed / (double) Math.max(1, poolSize), aboveCap / (double) Math.max(1, poolSize),
          sumSquaredRates / design.length(), minCompetencesCovered, maxQuestionsPerCompetence,
          percentile(times, 0.50) / 1e3, percentile(times, 0.99) / 1e3, bands(truths, estimates));
    }

    private static List<Band> bands(double[] truths, double[] estimates) {
      List<Band> bands = new ArrayList<>();
      for (int b = 0; b <= BAND_BOUNDS.length; b++) {
        double lower = b == 0 ? Double.NEGATIVE_INFINITY : BAND_BOUNDS[b - 1];
        double upper = b == BAND_BOUNDS.length ? Double.POSITIVE_INFINITY : BAND_BOUNDS[b];
        int n = 0;
        double sumError = 0;
        double sumSquared = 0;
        for (int c = 0; c < truths.length; c++) {
          if (truths[c] >= lower && truths[c] < upper) {
            double error = estimates[c] - truths[c];
            n++;
            sumError += error;
            sumSquared += error * error;
          }
        }
        String label = b == 0 ? "< " + fmt(upper)
            : b == BAND_BOUNDS.length ? "> " + fmt(lower) : fmt(lower) + ".." + fmt(upper);
        bands.add(n == 0 ? new Band(label, 0, null, null)
            : new Band(label, n, Math.sqrt(sumSquared / n), sumError / n));
      }
      return bands;
    }

    private static String fmt(double bound) {
      return String.valueOf((int) bound);
    }

    /** Pearson correlation (Commons Math); 0 when either side has no variance. */
    private static double correlation(double[] x, double[] y) {
      if (x.length < 2) {
        return 0;
      }
      double r = new PearsonsCorrelation().correlation(x, y);
      return Double.isNaN(r) ? 0 : r;
    }

    /** Nearest-rank percentile of sorted values. */
    private static double percentile(long[] sorted, double quantile) {
      if (sorted.length == 0) {
        return 0;
      }
      int rank = (int) Math.ceil(quantile * sorted.length);
      return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
  }
}

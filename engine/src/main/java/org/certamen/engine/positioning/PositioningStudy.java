package org.certamen.engine.positioning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.certamen.engine.bank.Item;
import org.certamen.engine.bank.ItemBank;
import org.certamen.engine.irt.TwoParameterLogistic;
import org.certamen.engine.simulation.Population;

/**
 * Simulated pupils on every parcours with each design: how many questions a run needs, and the
 * share of subjects classified right (the level reached in the run equals the true level, the
 * highest target skill whose difficulty b the pupil's true θ reaches, i.e. P(correct) ≥ ½).
 * A pupil answers by the items' 2PL; the two designs meet the same pupils with the same latent
 * answers (one uniform draw per item and pupil), so that their difference is not seed noise.
 * For scale, each row also gives the noise-free minimum: a design that only concludes from
 * answers must ask, per subject, the skills on both sides of the true level (2 questions), or
 * one when the pupil masters all or none of the target skills.
 */
public final class PositioningStudy {
  private static final double P90 = 0.9;

  private PositioningStudy() {
  }

  /** One design on one parcours (or on all of them, {@code parcours} = "all"). */
  public record Row(String parcours, String design, double meanQuestions, int p90Questions,
      double noiseFreeMinimum, double accuracy, double worstSeedAccuracy, double bestSeedAccuracy,
      double meanMasteryError) {
  }

  /** The study's settings and one row per parcours and design, then per design over all. */
  public record Report(int pupils, long firstSeed, int seeds, Population population,
      List<Row> rows) {

    /** A fixed-width table for the terminal and the README. */
    public String toTable() {
      StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
          "%d simulated pupils per seed, seeds %d..%d, population %s; answers by the 2PL%n",
          pupils, firstSeed, firstSeed + seeds - 1, population.optionName()));
      text.append(String.format(Locale.ROOT, "%-20s %-9s %9s %4s %8s %8s %15s %8s%n", "parcours",
          "design", "questions", "p90", "minimum", "right", "seeds min–max", "|Δ rate|"));
      for (Row row : rows) {
        text.append(String.format(Locale.ROOT,
            "%-20s %-9s %9.2f %4d %8.2f %7.1f%% %6.1f–%5.1f %% %8.3f%n",
            row.parcours(), row.design(), row.meanQuestions(), row.p90Questions(),
            row.noiseFreeMinimum(),
            100 * row.accuracy(), 100 * row.worstSeedAccuracy(), 100 * row.bestSeedAccuracy(),
            row.meanMasteryError()));
      }
      return text.toString();
    }
  }

  /**
   * @param seeds the study repeats with seeds firstSeed, firstSeed + 1, …, each drawing new pupils
   */
  public static Report run(ItemBank bank, List<Parcours> parcours, List<PositioningDesign> designs,
      Population population, int pupils, long firstSeed, int seeds) {
    List<Row> rows = new ArrayList<>();
    Tally[][] tallies = new Tally[parcours.size()][designs.size()];
    for (int p = 0; p < parcours.size(); p++) {
      for (int d = 0; d < designs.size(); d++) {
        tallies[p][d] = new Tally(seeds, pupils);
      }
    }
    for (int s = 0; s < seeds; s++) {
      long seed = firstSeed + s;
      double[] thetas = population.draw(pupils, seed);
      SplittableRandom answers = new SplittableRandom(seed);
      double[] latent = new double[bank.size()];
      for (int c = 0; c < pupils; c++) {
        for (int p = 0; p < parcours.size(); p++) {
          for (int i = 0; i < latent.length; i++) {
            latent[i] = answers.nextDouble();
          }
          long runSeed = answers.nextLong();
          for (int d = 0; d < designs.size(); d++) {
            tallies[p][d].add(s, simulate(bank, parcours.get(p), designs.get(d), runSeed,
                thetas[c], latent));
          }
        }
      }
    }
    for (int p = 0; p < parcours.size(); p++) {
      for (int d = 0; d < designs.size(); d++) {
        rows.add(tallies[p][d].row(parcours.get(p).id(), designs.get(d).name()));
      }
    }
    for (int d = 0; d < designs.size(); d++) {
      Tally all = new Tally(seeds, 0);
      for (int p = 0; p < parcours.size(); p++) {
        all.merge(tallies[p][d]);
      }
      rows.add(all.row("all", designs.get(d).name()));
    }
    return new Report(pupils, firstSeed, seeds, population, rows);
  }

  /**
   * One simulated run: {questions, subjects right, subjects, |mastery rate − true rate|,
   * noise-free minimum of questions}.
   */
  static double[] simulate(ItemBank bank, Parcours parcours, PositioningDesign design, long seed,
      double theta, double[] latent) {
    PositioningRun run = PositioningRun.replay(bank, parcours, design, seed, List.of());
    while (!run.isOver()) {
      Item item = run.nextItem().orElseThrow();
      int index = bank.indexOf(item.id());
      boolean correct = latent[index] < TwoParameterLogistic.probability(theta,
          item.discrimination(), item.difficulty());
      run = run.record(correct ? PositioningAnswer.correct(item.id())
          : PositioningAnswer.wrong(item.id()));
    }
    Skills skills = Skills.of(bank);
    int right = 0;
    int minimum = 0;
    int trulyMastered = 0;
    int targets = 0;
    for (SubjectResult result : run.bySubject().values()) {
      Skills.Tube tube = skills.tube(result.subject().competence(), result.subject().tube());
      int trueLevel = 0;
      for (int s = 0; s < result.targetSkills(); s++) {
        if (theta >= tube.difficulties()[s]) {
          trueLevel = tube.levels()[s];
          trulyMastered++;
        }
      }
      targets += result.targetSkills();
      right += result.reachedLevel() == trueLevel ? 1 : 0;
      boolean atAnEnd = trueLevel == 0 || trueLevel == result.subject().targetLevel();
      minimum += atAnEnd ? 1 : 2;
    }
    return new double[] {run.answers().size(), right, run.bySubject().size(),
        Math.abs(run.masteryRate() - (double) trulyMastered / targets), minimum};
  }

  /** Counts of one design on one parcours, per seed. */
  private static final class Tally {
    private int[] questions;
    private int runs;
    private final long[] right;
    private final long[] subjects;
    private double masteryError;
    private long minimum;

    Tally(int seeds, int pupils) {
      questions = new int[seeds * pupils];
      right = new long[seeds];
      subjects = new long[seeds];
    }

    void add(int seed, double[] outcome) {
      questions[runs++] = (int) outcome[0];
      right[seed] += (long) outcome[1];
      subjects[seed] += (long) outcome[2];
      masteryError += outcome[3];
      minimum += (long) outcome[4];
    }

    void merge(Tally other) {
      questions = Arrays.copyOf(questions, runs + other.runs);
      System.arraycopy(other.questions, 0, questions, runs, other.runs);
      runs += other.runs;
      for (int s = 0; s < right.length; s++) {
        right[s] += other.right[s];
        subjects[s] += other.subjects[s];
      }
      masteryError += other.masteryError;
      minimum += other.minimum;
    }

    Row row(String parcours, String design) {
      int[] sorted = Arrays.copyOf(questions, runs);
      Arrays.sort(sorted);
      double worst = 1;
      double best = 0;
      for (int s = 0; s < right.length; s++) {
        double accuracy = (double) right[s] / subjects[s];
        worst = Math.min(worst, accuracy);
        best = Math.max(best, accuracy);
      }
      return new Row(parcours, design, Arrays.stream(sorted).average().orElse(0),
          sorted[(int) Math.ceil(P90 * runs) - 1], (double) minimum / runs,
          (double) Arrays.stream(right).sum() / Arrays.stream(subjects).sum(), worst, best,
          masteryError / runs);
    }
  }
}

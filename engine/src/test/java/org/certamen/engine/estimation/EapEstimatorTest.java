package org.certamen.engine.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.certamen.engine.TestBanks;
import org.certamen.engine.bank.Item;
import org.certamen.engine.bank.ItemBank;
import org.junit.jupiter.api.Test;

class EapEstimatorTest {
  /** The bound for the standard grid against the dense reference. */
  private static final double REFERENCE_TOLERANCE = 1e-6;

  private final ItemBank bank = TestBanks.random(12, 3);
  private final LikelihoodTable table = new LikelihoodTable(bank, QuadratureGrid.standard());
  private final EapEstimator estimator = new EapEstimator(table, Prior.STANDARD_NORMAL);

  @Test
  void startsAtThePriorMeanAndStandardDeviation() {
    AbilityEstimate start = estimator.start().estimate();

    assertThat(start.theta()).isCloseTo(0, within(1e-12));
    assertThat(start.standardError()).isCloseTo(1, within(1e-6));
  }

  @Test
  void agreesWithADenseReferenceIntegrationAfterEveryAnswer() {
    SplittableRandom random = new SplittableRandom(11);
    for (int pattern = 0; pattern < 50; pattern++) {
      double trueTheta = -2.5 + 5 * random.nextDouble();
      Estimation estimation = estimator.start();
      double[] a = new double[32];
      double[] b = new double[32];
      boolean[] correct = new boolean[32];
      for (int n = 0; n < 32; n++) {
        int index = random.nextInt(bank.size());
        a[n] = bank.discrimination(index);
        b[n] = bank.difficulty(index);
        correct[n] = random.nextDouble() < 1 / (1 + Math.exp(-a[n] * (trueTheta - b[n])));
        estimation.add(index, correct[n]);
        double[] reference = DenseReference.estimate(
            copy(a, n + 1), copy(b, n + 1), copy(correct, n + 1), 0, 1);
        assertThat(estimation.estimate().theta()).isCloseTo(reference[0], within(REFERENCE_TOLERANCE));
        assertThat(estimation.estimate().standardError())
            .isCloseTo(reference[1], within(REFERENCE_TOLERANCE));
      }
    }
  }

  @Test
  void givesZeroForASymmetricBankAndPattern() {
    ItemBank symmetric = TestBanks.bank(
        TestBanks.item("m", "1.1", "t1", 1.4, -0.8), TestBanks.item("p", "1.2", "t2", 1.4, 0.8),
        TestBanks.item("m2", "1.3", "t3", 0.9, -2.1), TestBanks.item("p2", "2.1", "t4", 0.9, 2.1));
    Estimation estimation = new EapEstimator(
        new LikelihoodTable(symmetric, QuadratureGrid.standard()), Prior.STANDARD_NORMAL).start();
    // Mirrored answers: right on the easy item of each pair, wrong on its mirror.
    estimation.add(0, true);
    estimation.add(1, false);
    estimation.add(2, true);
    estimation.add(3, false);

    assertThat(estimation.estimate().theta()).isCloseTo(0, within(1e-12));
  }

  @Test
  void shiftsByCWhenEveryDifficultyAndThePriorMeanShiftByC() {
    double c = 0.6;
    // On a grid shifted by c as well, the estimate moves by exactly c.
    ItemBank shifted = shiftedBank(c);
    Estimation original = estimator.start();
    Estimation moved = new EapEstimator(new LikelihoodTable(shifted,
        new QuadratureGrid(-7 + c, 7 + c, 71)), new Prior(c, 1)).start();
    for (int i = 0; i < 20; i++) {
      original.add(i * 7, i % 3 != 0);
      moved.add(i * 7, i % 3 != 0);
    }

    assertThat(moved.estimate().theta()).isCloseTo(original.estimate().theta() + c, within(1e-9));
    assertThat(moved.estimate().standardError())
        .isCloseTo(original.estimate().standardError(), within(1e-9));
  }

  @Test
  void risesWithEachCorrectAnswerAndStaysInsideTheGrid() {
    Estimation estimation = estimator.start();
    double previous = estimation.estimate().theta();
    for (int i = 0; i < bank.size(); i++) {
      estimation.add(i, true);
      double theta = estimation.estimate().theta();
      assertThat(theta).isGreaterThan(previous).isLessThanOrEqualTo(7);
      previous = theta;
    }
  }

  @Test
  void isHigherWhenAWrongAnswerBecomesCorrect() {
    for (int flipped = 0; flipped < 10; flipped++) {
      Estimation withWrong = estimator.start();
      Estimation withCorrect = estimator.start();
      for (int i = 0; i < 10; i++) {
        boolean correct = i % 2 == 0;
        withWrong.add(i, i == flipped ? false : correct);
        withCorrect.add(i, i == flipped || correct);
      }
      if (flipped % 2 == 1) {
        assertThat(withCorrect.estimate().theta()).isGreaterThan(withWrong.estimate().theta());
      }
    }
  }

  @Test
  void doesNotDependOnAnswerOrder() {
    Estimation forward = estimator.start();
    Estimation backward = estimator.start();
    for (int i = 0; i < 32; i++) {
      forward.add(i, i % 3 == 0);
      backward.add(31 - i, (31 - i) % 3 == 0);
    }

    assertThat(backward.estimate().theta()).isCloseTo(forward.estimate().theta(), within(1e-12));
  }

  @Test
  void fallsBelowThePriorStandardDeviationAfterAnyAnswer() {
    for (int i = 0; i < bank.size(); i++) {
      for (boolean correct : new boolean[] {true, false}) {
        Estimation estimation = estimator.start();
        estimation.add(i, correct);
        assertThat(estimation.estimate().standardError()).isLessThan(1);
      }
    }
  }

  @Test
  void neverGivesNaNOrInfinityForRandomBanksAndPatterns() {
    SplittableRandom random = new SplittableRandom(5);
    for (int trial = 0; trial < 200; trial++) {
      List<Item> items = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        // Extreme parameters on purpose: a up to 12, b up to ±20.
        items.add(TestBanks.item("i" + i, "1.1", "t" + i, 0.05 + 12 * random.nextDouble(),
            -20 + 40 * random.nextDouble()));
      }
      ItemBank randomBank = TestBanks.bank(items.toArray(Item[]::new));
      Estimation estimation = new EapEstimator(
          new LikelihoodTable(randomBank, QuadratureGrid.standard()), Prior.STANDARD_NORMAL).start();
      for (int i = 0; i < items.size(); i++) {
        estimation.add(i, random.nextBoolean());
        AbilityEstimate estimate = estimation.estimate();
        assertThat(estimate.theta()).isFinite().isBetween(-7.0, 7.0);
        assertThat(estimate.standardError()).isFinite().isGreaterThanOrEqualTo(0);
      }
    }
  }

  @Test
  void doesNotUnderflowAfterAThousandCorrectAnswers() {
    Estimation estimation = estimator.start();
    for (int n = 0; n < 1000; n++) {
      estimation.add(n % bank.size(), true);
    }

    assertThat(estimation.estimate().theta()).isFinite().isGreaterThan(5).isLessThanOrEqualTo(7);
    assertThat(estimation.estimate().standardError()).isFinite();
  }

  @Test
  void estimatesAPerfectPatternLikeTheDenseReference() {
    Estimation estimation = estimator.start();
    double[] a = new double[32];
    double[] b = new double[32];
    boolean[] correct = new boolean[32];
    for (int i = 0; i < 32; i++) {
      estimation.add(i, true);
      a[i] = bank.discrimination(i);
      b[i] = bank.difficulty(i);
      correct[i] = true;
    }

    assertThat(estimation.estimate().theta())
        .isCloseTo(DenseReference.estimate(a, b, correct, 0, 1)[0], within(REFERENCE_TOLERANCE));
  }

  private ItemBank shiftedBank(double c) {
    List<Item> items = new ArrayList<>();
    for (Item item : bank.items()) {
      items.add(TestBanks.item(item.id(), item.competence(), item.tube(), item.discrimination(),
          item.difficulty() + c));
    }
    return TestBanks.bank(items.toArray(Item[]::new));
  }

  private static double[] copy(double[] values, int length) {
    return java.util.Arrays.copyOf(values, length);
  }

  private static boolean[] copy(boolean[] values, int length) {
    return java.util.Arrays.copyOf(values, length);
  }
}

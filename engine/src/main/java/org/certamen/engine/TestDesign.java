package org.certamen.engine;

import java.util.List;
import org.certamen.engine.bank.ItemBank;
import org.certamen.engine.estimation.AbilityEstimator;
import org.certamen.engine.estimation.EapEstimator;
import org.certamen.engine.estimation.LikelihoodTable;
import org.certamen.engine.estimation.PixEstimator;
import org.certamen.engine.estimation.QuadratureGrid;
import org.certamen.engine.scoring.CompetenceLevels;
import org.certamen.engine.selection.CertamenSelector;
import org.certamen.engine.selection.ExposureCounter;
import org.certamen.engine.selection.ItemSelector;
import org.certamen.engine.selection.PixSelector;

/**
 * A named way of running a test on a bank: its length, estimator, selector and scoring. One design
 * instance is shared by every candidate of a process (it holds the bank's precomputed tables and
 * the running exposure counts).
 */
public final class TestDesign {
  public static final String CERTAMEN = "certamen";
  public static final String PIX_V3 = "pix-v3";
  public static final List<String> NAMES = List.of(CERTAMEN, PIX_V3);
  public static final int LENGTH = 32;

  /** The national design starts every candidate at θ = −3. */
  static final double PIX_START_THETA = -3;
  static final double PIX_VARIATION_PERCENT = 0.5;

  private final String name;
  private final ItemBank bank;
  private final int length;
  private final AbilityEstimator estimator;
  private final ItemSelector selector;
  private final ExposureCounter exposure;
  private final CompetenceLevels levels;

  private TestDesign(String name, ItemBank bank, int length, AbilityEstimator estimator,
      ItemSelector selector, ExposureCounter exposure, CompetenceLevels levels) {
    this.name = name;
    this.bank = bank;
    this.length = length;
    this.estimator = estimator;
    this.selector = selector;
    this.exposure = exposure;
    this.levels = levels;
  }

  /**
   * The design of that name on the bank.
   *
   * @throws IllegalArgumentException for an unknown name
   */
  public static TestDesign named(String name, ItemBank bank) {
    ExposureCounter exposure = new ExposureCounter(bank.size());
    CompetenceLevels levels = CompetenceLevels.defaults(bank.framework());
    return switch (name) {
      case CERTAMEN -> new TestDesign(name, bank, LENGTH,
          new EapEstimator(new LikelihoodTable(bank, QuadratureGrid.standard()), 0, 1),
          CertamenSelector.withDefaults(exposure), exposure, levels);
      case PIX_V3 -> new TestDesign(name, bank, LENGTH,
          new PixEstimator(new LikelihoodTable(bank, QuadratureGrid.pix()),
              PIX_START_THETA, PIX_VARIATION_PERCENT),
          new PixSelector(), exposure, levels);
      default -> throw new IllegalArgumentException(
          "Unknown design '" + name + "'; known designs: " + String.join(", ", NAMES));
    };
  }

  /** A new test for one candidate; the seed makes its random choices reproducible. */
  public AdaptiveTest start(long seed) {
    exposure.recordTestStarted();
    return AdaptiveTest.begin(this, seed);
  }

  /**
   * Rebuilds a test from its stored state, exactly as it was.
   *
   * @throws IllegalArgumentException when the state names items this bank does not hold
   */
  public AdaptiveTest resume(TestState state) {
    return AdaptiveTest.resume(this, state);
  }

  public String name() {
    return name;
  }

  public ItemBank bank() {
    return bank;
  }

  /** Number of counted questions in a complete test. */
  public int length() {
    return length;
  }

  public AbilityEstimator estimator() {
    return estimator;
  }

  public ItemSelector selector() {
    return selector;
  }

  public ExposureCounter exposure() {
    return exposure;
  }

  public CompetenceLevels levels() {
    return levels;
  }
}

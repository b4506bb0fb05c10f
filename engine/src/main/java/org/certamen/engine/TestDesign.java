package org.certamen.engine;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.certamen.engine.bank.ItemBank;
import org.certamen.engine.bank.ItemPool;
import org.certamen.engine.estimation.AbilityEstimator;
import org.certamen.engine.estimation.EapEstimator;
import org.certamen.engine.estimation.LikelihoodTable;
import org.certamen.engine.estimation.PixEstimator;
import org.certamen.engine.estimation.Prior;
import org.certamen.engine.estimation.QuadratureGrid;
import org.certamen.engine.scoring.CompetenceLevels;
import org.certamen.engine.selection.CertamenSelector;
import org.certamen.engine.selection.CertamenSelector.ExposureRule;
import org.certamen.engine.selection.ExposureCounter;
import org.certamen.engine.selection.ItemSelector;
import org.certamen.engine.selection.PixSelector;

/**
 * A named way of running a test on a bank: its length, estimator, selector and scoring. One design
 * instance is shared by every candidate of a process (it holds the bank's precomputed tables and
 * the running exposure counts). Each {@link ItemPool} has its own selector and exposure counts, so
 * that the accessible items are kept under the cap among the candidates they are served to.
 */
public final class TestDesign {
  public static final String CERTAMEN = "certamen";
  public static final String PIX_V3 = "pix-v3";
  public static final List<String> NAMES = List.of(CERTAMEN, PIX_V3);
  /** {@code certamen} with the hard exposure cap only, kept to measure the chosen rule against. */
  public static final String CERTAMEN_RESTRICTED = "certamen-restricted";
  /** {@code certamen} with item eligibility, kept to measure the chosen rule against. */
  public static final String CERTAMEN_ELIGIBILITY = "certamen-eligibility";
  /** Designs {@link #named} accepts for comparisons in the simulator, besides {@link #NAMES}. */
  public static final List<String> VARIANTS = List.of(CERTAMEN_RESTRICTED, CERTAMEN_ELIGIBILITY);
  public static final int LENGTH = 32;

  /** The national design starts every candidate at θ = −3. */
  static final double PIX_START_THETA = -3;
  static final double PIX_VARIATION_PERCENT = 0.5;

  private final String name;
  private final ItemBank bank;
  private final int length;
  private final AbilityEstimator estimator;
  private final Map<ItemPool, ExposureCounter> exposures = new EnumMap<>(ItemPool.class);
  private final Map<ItemPool, ItemSelector> selectors = new EnumMap<>(ItemPool.class);
  private final CompetenceLevels levels;
  private final ResponseTable responses;

  private TestDesign(String name, ItemBank bank, int length, AbilityEstimator estimator,
      Function<ExposureCounter, ItemSelector> selector, CompetenceLevels levels) {
    this.name = name;
    this.bank = bank;
    this.length = length;
    this.estimator = estimator;
    this.levels = levels;
    this.responses = new ResponseTable(bank);
    for (ItemPool pool : ItemPool.values()) {
      ExposureCounter exposure = new ExposureCounter(bank.size());
      exposures.put(pool, exposure);
      selectors.put(pool, selector.apply(exposure));
    }
  }

  /**
   * The design of that name on the bank.
   *
   * @throws IllegalArgumentException for an unknown name
   */
  public static TestDesign named(String name, ItemBank bank) {
    CompetenceLevels levels = CompetenceLevels.defaults(bank.framework());
    return switch (name) {
      case CERTAMEN -> certamen(name, bank, levels, ExposureRule.WEIGHTED);
      case CERTAMEN_RESTRICTED -> certamen(name, bank, levels, ExposureRule.RESTRICTED);
      case CERTAMEN_ELIGIBILITY -> certamen(name, bank, levels, ExposureRule.ELIGIBILITY);
      case PIX_V3 -> new TestDesign(name, bank, LENGTH,
          new PixEstimator(new LikelihoodTable(bank, QuadratureGrid.pix()),
              PIX_START_THETA, PIX_VARIATION_PERCENT),
          exposure -> new PixSelector(), levels);
      default -> throw new IllegalArgumentException(
          "Unknown design '" + name + "'; known designs: " + String.join(", ", NAMES));
    };
  }

  /** True when {@link #named} knows the name (a design of {@link #NAMES} or a variant). */
  public static boolean isKnown(String name) {
    return NAMES.contains(name) || VARIANTS.contains(name);
  }

  private static TestDesign certamen(String name, ItemBank bank, CompetenceLevels levels,
      ExposureRule rule) {
    return new TestDesign(name, bank, LENGTH,
        new EapEstimator(new LikelihoodTable(bank, QuadratureGrid.standard()),
            Prior.STANDARD_NORMAL),
        exposure -> CertamenSelector.withRule(exposure, rule), levels);
  }

  /** A new test from the standard pool with the design's own prior. */
  public AdaptiveRun start(long seed) {
    return start(seed, ItemPool.STANDARD, null);
  }

  /**
   * A new test for one candidate; the seed makes its random choices reproducible.
   *
   * @param pool the items the candidate may be served
   * @param prior the ability prior, frozen into the test's state, or null for the design's own
   */
  public AdaptiveRun start(long seed, ItemPool pool, Prior prior) {
    exposures.get(pool).recordTestStarted();
    return AdaptiveRun.begin(this, seed, pool, prior);
  }

  /**
   * Rebuilds a test from its stored state, exactly as it was.
   *
   * @throws IllegalArgumentException when the state names items this bank does not hold
   */
  public AdaptiveRun resume(TestState state) {
    return AdaptiveRun.resume(this, state);
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

  public ItemSelector selector(ItemPool pool) {
    return selectors.get(pool);
  }

  /** How often each item was shown to the candidates of that pool. */
  public ExposureCounter exposure(ItemPool pool) {
    return exposures.get(pool);
  }

  public CompetenceLevels levels() {
    return levels;
  }

  /** The shared response of that item of the bank, outcome and neutralisation. */
  TestState.Response response(int itemIndex, Outcome outcome, boolean neutralised) {
    return responses.of(itemIndex, outcome, neutralised);
  }
}

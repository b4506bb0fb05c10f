package org.certamen.engine.simulation;

import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.certamen.engine.AdaptiveRun;
import org.certamen.engine.Outcome;
import org.certamen.engine.TestDesign;
import org.certamen.engine.bank.Item;
import org.certamen.engine.bank.ItemBank;
import org.certamen.engine.bank.ItemPool;
import org.certamen.engine.estimation.PopulationPrior;
import org.certamen.engine.irt.TwoParameterLogistic;

/**
 * Runs virtual candidates of known ability through a design: each answer is drawn from the 2PL at
 * the candidate's true θ. Every run uses a fresh {@link TestDesign}, so that exposure is counted
 * over that run only. Everything but the decision times is deterministic for a seed, and two
 * designs run with the same seed see the same candidates, test seeds and answer streams.
 */
public final class Simulator {
  private final Supplier<TestDesign> designs;
  private final ItemPool pool;
  private final boolean matchedPrior;

  /** @throws IllegalArgumentException for an unknown design name */
  public Simulator(ItemBank bank, String designName) {
    this(bank, designName, ItemPool.STANDARD, false);
  }

  /**
   * @param pool the items every simulated candidate may be served
   * @param matchedPrior when true, each test starts with the {@link PopulationPrior} of the tests
   *     finished before it in the run, as the server does with earlier sessions' results
   * @throws IllegalArgumentException for an unknown design name
   */
  public Simulator(ItemBank bank, String designName, ItemPool pool, boolean matchedPrior) {
    TestDesign.named(designName, bank);
    this.designs = () -> TestDesign.named(designName, bank);
    this.pool = pool;
    this.matchedPrior = matchedPrior;
  }

  /** A simulator of the designs the supplier makes, a fresh one for each run. */
  public Simulator(Supplier<TestDesign> designs) {
    this.designs = designs;
    this.pool = ItemPool.STANDARD;
    this.matchedPrior = false;
  }

  /** Runs one test per true ability and reports the accuracy, coverage, exposure and timing. */
  public SimulationReport run(double[] trueThetas, long seed) {
    TestDesign design = designs.get();
    SplittableRandom seeds = new SplittableRandom(seed);
    SimulationReport.Builder report = new SimulationReport.Builder(design, pool, seed);
    PopulationPrior population = new PopulationPrior();
    for (double trueTheta : trueThetas) {
      long testSeed = seeds.nextLong();
      SplittableRandom answers = seeds.split();
      AdaptiveRun test = design.start(testSeed, pool,
          matchedPrior ? population.prior().orElse(null) : null);
      while (!test.isFinished()) {
        Item item = test.currentItem().orElseThrow();
        Outcome outcome = answer(item, trueTheta, answers);
        long started = System.nanoTime();
        test.answer(item.id(), outcome);
        report.addDecisionNanos(System.nanoTime() - started);
      }
      population.add(test.estimate().theta(), test.estimate().standardError());
      report.addTest(trueTheta, test);
    }
    return report.build();
  }

  /** A virtual candidate's answer: right with the 2PL probability at their true ability. */
  public static Outcome answer(Item item, double trueTheta, SplittableRandom random) {
    double p = TwoParameterLogistic.probability(trueTheta, item.discrimination(), item.difficulty());
    return random.nextDouble() < p ? Outcome.CORRECT : Outcome.WRONG;
  }
}

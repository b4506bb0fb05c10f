package org.certamen.benchmarks;

import java.util.SplittableRandom;
import org.certamen.engine.Outcome;
import org.certamen.engine.TestDesign;
import org.certamen.engine.bank.Item;
import org.certamen.engine.irt.TwoParameterLogistic;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Tests of each design over synthetic banks of each size, taken by virtual candidates who answer
 * from the 2PL.
 */
public abstract class DesignBenchmark extends BenchmarkSettings {
  @Param({"500", "1000", "5000"})
  int items;

  @Param({TestDesign.CERTAMEN, TestDesign.PIX_V3})
  String design;

  TestDesign testDesign;

  @Setup(Level.Trial)
  public void loadBank() {
    testDesign = TestDesign.named(design, Banks.synthetic(items));
  }

  /** A candidate of ability {@code trueTheta}'s answer to {@code item}, drawn from the 2PL. */
  static Outcome answer(Item item, double trueTheta, SplittableRandom random) {
    double p = TwoParameterLogistic.probability(trueTheta, item.discrimination(), item.difficulty());
    return random.nextDouble() < p ? Outcome.CORRECT : Outcome.WRONG;
  }
}

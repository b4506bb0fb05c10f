package org.certamen.benchmarks;

import java.util.SplittableRandom;
import org.certamen.engine.AdaptiveRun;
import org.certamen.engine.bank.Item;
import org.certamen.engine.simulation.Simulator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;

/** A whole 32-question test for one virtual candidate, from the first selection to the result. */
@BenchmarkMode(Mode.AverageTime)
public class WholeTestBenchmark extends DesignBenchmark {
  private final SplittableRandom random = new SplittableRandom(11);

  @Benchmark
  public int runTest() {
    AdaptiveRun test = testDesign.start(random.nextLong());
    double trueTheta = random.nextGaussian();
    while (!test.isFinished()) {
      Item item = test.currentItem().orElseThrow();
      test.answer(item.id(), Simulator.answer(item, trueTheta, random));
    }
    return test.result().score();
  }
}

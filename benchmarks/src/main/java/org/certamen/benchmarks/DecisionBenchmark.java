package org.certamen.benchmarks;

import java.util.SplittableRandom;
import org.certamen.engine.AdaptiveRun;
import org.certamen.engine.Outcome;
import org.certamen.engine.bank.Item;
import org.certamen.engine.simulation.Simulator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Setup;

/**
 * One decision of a running test: record an answer, update the estimate and select the next item,
 * sampled so that percentiles can be read. Virtual candidates of N(0, 1) ability answer from the
 * 2PL; a finished test is replaced outside the measured call. {@code decideOnACopy} decides as the
 * exam server does, on a copy of the run (the server keeps each exam's state immutable).
 */
@BenchmarkMode(Mode.SampleTime)
public class DecisionBenchmark extends DesignBenchmark {
  private final SplittableRandom random = new SplittableRandom(7);
  private AdaptiveRun test;
  private double trueTheta;
  private String itemId;
  private Outcome outcome;

  @Setup(Level.Invocation)
  public void prepareAnswer() {
    if (test == null || test.isFinished()) {
      test = testDesign.start(random.nextLong());
      trueTheta = random.nextGaussian();
    }
    Item item = test.currentItem().orElseThrow();
    itemId = item.id();
    outcome = Simulator.answer(item, trueTheta, random);
  }

  @Benchmark
  public double decide() {
    test.answer(itemId, outcome);
    return test.estimate().theta();
  }

  /** One decision as the exam server makes it: on a copy of the live run, each step immutable. */
  @Benchmark
  public double decideOnACopy() {
    test = test.copy();
    test.answer(itemId, outcome);
    return test.estimate().theta();
  }
}

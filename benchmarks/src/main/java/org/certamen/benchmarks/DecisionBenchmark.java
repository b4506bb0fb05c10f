package org.certamen.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.certamen.engine.AdaptiveRun;
import org.certamen.engine.Outcome;
import org.certamen.engine.TestDesign;
import org.certamen.engine.bank.Item;
import org.certamen.engine.irt.TwoParameterLogistic;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One decision of a running test: record an answer, update the estimate and select the next item,
 * sampled so that percentiles can be read. Virtual candidates of N(0, 1) ability answer from the
 * 2PL; a finished test is replaced outside the measured call. {@code decideOnACopy} decides as the
 * exam server does, on a copy of the run (the server keeps each exam's state immutable).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@State(Scope.Thread)
public class DecisionBenchmark {
  @Param({"500", "1000", "5000"})
  int items;

  @Param({TestDesign.CERTAMEN, TestDesign.PIX_V3})
  String design;

  private TestDesign testDesign;
  private final SplittableRandom random = new SplittableRandom(7);
  private AdaptiveRun test;
  private double trueTheta;
  private String itemId;
  private Outcome outcome;

  @Setup(Level.Trial)
  public void loadBank() {
    testDesign = TestDesign.named(design, Banks.synthetic(items));
  }

  @Setup(Level.Invocation)
  public void prepareAnswer() {
    if (test == null || test.isFinished()) {
      test = testDesign.start(random.nextLong());
      trueTheta = random.nextGaussian();
    }
    Item item = test.currentItem().orElseThrow();
    itemId = item.id();
    double p = TwoParameterLogistic.probability(trueTheta, item.discrimination(), item.difficulty());
    outcome = random.nextDouble() < p ? Outcome.CORRECT : Outcome.WRONG;
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

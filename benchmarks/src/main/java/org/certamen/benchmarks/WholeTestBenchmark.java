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

/** A whole 32-question test for one virtual candidate, from the first selection to the result. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@State(Scope.Thread)
public class WholeTestBenchmark {
  @Param({"500", "1000", "5000"})
  int items;

  @Param({TestDesign.CERTAMEN, TestDesign.PIX_V3})
  String design;

  private TestDesign testDesign;
  private final SplittableRandom random = new SplittableRandom(11);

  @Setup(Level.Trial)
  public void loadBank() {
    testDesign = TestDesign.named(design, Banks.synthetic(items));
  }

  @Benchmark
  public int runTest() {
    AdaptiveRun test = testDesign.start(random.nextLong());
    double trueTheta = random.nextGaussian();
    while (!test.isFinished()) {
      Item item = test.currentItem().orElseThrow();
      double p = TwoParameterLogistic.probability(trueTheta, item.discrimination(), item.difficulty());
      test.answer(item.id(), random.nextDouble() < p ? Outcome.CORRECT : Outcome.WRONG);
    }
    return test.result().score();
  }
}

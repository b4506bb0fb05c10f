package org.certamen.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The machine's own tail: a computation of constant cost (1,000 exponentials, about a decision's
 * worth), sampled like {@link DecisionBenchmark}. Its p99/p50 ratio tells how much of a decision's
 * tail comes from the machine (scheduling, interrupts) rather than from the engine.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@State(Scope.Thread)
public class FixedWorkBenchmark {
  private final double[] values = new double[1_000];

  @Setup
  public void fill() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < values.length; i++) {
      values[i] = random.nextDouble();
    }
  }

  @Benchmark
  public double exponentials() {
    double sum = 0;
    for (double value : values) {
      sum += Math.exp(-value);
    }
    return sum;
  }
}

package org.certamen.benchmarks;

import java.util.SplittableRandom;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Setup;

/**
 * The machine's own tail: a computation of constant cost (1,000 exponentials, about a decision's
 * worth), sampled like {@link DecisionBenchmark}. Its p99/p50 ratio tells how much of a decision's
 * tail comes from the machine (scheduling, interrupts) rather than from the engine.
 */
@BenchmarkMode(Mode.SampleTime)
public class FixedWorkBenchmark extends BenchmarkSettings {
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

package org.certamen.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The run settings the benchmarks share (JMH reads them from the superclass), so that their
 * samples compare: {@link FixedWorkBenchmark}'s tail is read against {@link DecisionBenchmark}'s.
 * A benchmark states its own mode, and may override any of these.
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@State(Scope.Thread)
public abstract class BenchmarkSettings {
}

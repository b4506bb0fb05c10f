package org.certamen.benchmarks;

import org.certamen.engine.AdaptiveRun;
import org.certamen.engine.Outcome;
import org.certamen.engine.TestDesign;
import org.certamen.engine.TestState;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * The engine's part of one answer in the exam server, after {@code answered} answers, both ways:
 * {@code replayed} as the server did it until issue 19 (decode the stored state, replay every
 * response, answer, encode the new state, and decode it again to read the question on screen) and
 * {@code live} as it does now (copy the exam's live run, answer, read the question on screen).
 * Both answer the same item of the same state at every call.
 */
@BenchmarkMode(Mode.SampleTime)
@Fork(1)
public class AnswerPathBenchmark extends BenchmarkSettings {
  @Param({"1000"})
  private int items;

  @Param({"8", "24"})
  private int answered;

  private TestDesign design;
  private AdaptiveRun run;
  private String encoded;
  private String itemId;

  @Setup
  public void startTest() {
    design = TestDesign.named(TestDesign.CERTAMEN, Banks.synthetic(items));
    run = design.start(11);
    for (int i = 0; i < answered; i++) {
      run.answer(run.currentItem().orElseThrow().id(), i % 3 == 0 ? Outcome.WRONG : Outcome.CORRECT);
    }
    encoded = run.state().encode();
    itemId = run.currentItem().orElseThrow().id();
  }

  @Benchmark
  public String replayed() {
    AdaptiveRun test = design.resume(TestState.decode(encoded));
    test.answer(itemId, Outcome.CORRECT);
    return TestState.decode(test.state().encode()).currentItemId();
  }

  @Benchmark
  public String live() {
    AdaptiveRun test = run.copy();
    test.answer(itemId, Outcome.CORRECT);
    return test.currentItem().orElseThrow().id();
  }
}

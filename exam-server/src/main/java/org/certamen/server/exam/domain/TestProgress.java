package org.certamen.server.exam.domain;

import java.util.ArrayList;
import java.util.List;
import org.certamen.engine.AdaptiveRun;
import org.certamen.engine.Outcome;
import org.certamen.engine.TestDesign;
import org.certamen.engine.TestState;
import org.certamen.engine.bank.Item;

/**
 * The engine's state of a started exam, in the form at hand: the live {@link AdaptiveRun} an
 * answer applies to directly, or the encoded {@link TestState} a store gave back. Each form is
 * derived from the other once, when first asked for, and kept: an exam that stays in this
 * server's memory answers without decoding nor replaying, and is encoded only when a store
 * writes it whole.
 *
 * <p>Immutable as seen from outside: the live run it holds is never changed, a change works on
 * {@link #runToChange}'s copy and becomes a new progress. Safe to share between threads (each
 * derived form is computed from immutable data and published through a volatile field).
 */
public final class TestProgress {
  private volatile AdaptiveRun run;
  private volatile TestState state;
  private volatile String encoded;

  private TestProgress(AdaptiveRun run, TestState state, String encoded) {
    this.run = run;
    this.state = state;
    this.encoded = encoded;
  }

  /** The progress of that run, which the caller no longer changes. */
  public static TestProgress of(AdaptiveRun run) {
    return new TestProgress(run, null, null);
  }

  /** The progress stored as {@code encoded} ({@link TestState#encode()}). */
  public static TestProgress decoded(String encoded) {
    return encoded == null ? null : new TestProgress(null, null, encoded);
  }

  /** The encoded {@link TestState}, as stores keep it and the rescoring replays it. */
  public String encoded() {
    String text = encoded;
    if (text == null) {
      text = state().encode();
      encoded = text;
    }
    return text;
  }

  /**
   * A run in this state that the caller may change: a copy of the live run in O(grid + items),
   * or, the first time for an exam read from a store, the replay of its responses.
   */
  public AdaptiveRun runToChange(TestDesign design) {
    AdaptiveRun live = run;
    if (live == null) {
      live = design.resume(state());
      run = live;
    }
    return live.copy();
  }

  /** The id of the item on screen, or null when none is. */
  public String currentItemId() {
    AdaptiveRun live = run;
    if (live != null) {
      return live.currentItem().map(Item::id).orElse(null);
    }
    return state().currentItemId();
  }

  /** Number of items shown and ended so far (answered, skipped, timed out or neutralised). */
  int responseCount() {
    AdaptiveRun live = run;
    return live != null ? live.responses().size() : state().responses().size();
  }

  /**
   * This progress after the item on screen, {@code itemId}, ended with {@code outcome} and
   * {@code nextItemId} (null: none) was served: how a store rebuilds an answer from its log,
   * without choosing the next item again.
   */
  TestProgress answered(String itemId, Outcome outcome, String nextItemId) {
    TestState before = state();
    List<TestState.Response> responses = new ArrayList<>(before.responses());
    responses.add(new TestState.Response(itemId, outcome, false));
    return new TestProgress(null, new TestState(before.seed(), responses, nextItemId, null,
        before.accessible(), before.prior()), null);
  }

  private TestState state() {
    TestState current = state;
    if (current == null) {
      AdaptiveRun live = run;
      current = live != null ? live.state() : TestState.decode(encoded);
      state = current;
    }
    return current;
  }

  /** Equal when the encoded states are: the same responses, item on screen, seed, pool and prior. */
  @Override
  public boolean equals(Object other) {
    return other == this || other instanceof TestProgress progress
        && responseCount() == progress.responseCount()
        && encoded().equals(progress.encoded());
  }

  @Override
  public int hashCode() {
    return encoded().hashCode();
  }

  @Override
  public String toString() {
    return encoded();
  }
}

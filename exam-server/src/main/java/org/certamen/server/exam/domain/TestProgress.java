package org.certamen.server.exam.domain;

import java.util.ArrayList;
import java.util.List;
import org.certamen.engine.AdaptiveRun;
import org.certamen.engine.Outcome;
import org.certamen.engine.TestDesign;
import org.certamen.engine.TestState;
import org.certamen.engine.bank.Item;

/**
 * The engine's state of a started exam, in one form at a time: the live {@link AdaptiveRun} an
 * answer applies to directly, the {@link TestState} of an ended test or of a step read from a
 * store's log, or the encoded state a store gave back. Only one form is held, to keep the exams a
 * server has at hand small: the others are derived when asked for, and a run replayed from a
 * stored form replaces it, so that the next answers neither decode nor replay.
 *
 * <p>Immutable as seen from outside: the live run it holds is never changed, a change works on
 * {@link #runToChange}'s copy and becomes a new progress. Safe to share between threads (every
 * form is computed from immutable data, and the one held is published through a volatile field).
 */
public final class TestProgress {
  /** An {@link AdaptiveRun}, a {@link TestState} or the encoded state ({@link String}). */
  private volatile Object form;

  private TestProgress(Object form) {
    this.form = form;
  }

  /** The progress of that run, which the caller no longer changes. */
  public static TestProgress of(AdaptiveRun run) {
    return new TestProgress(run);
  }

  /** The progress stored as {@code encoded} ({@link TestState#encode()}). */
  public static TestProgress decoded(String encoded) {
    return encoded == null ? null : new TestProgress(encoded);
  }

  /** The encoded {@link TestState}, as stores keep it and the rescoring replays it. */
  public String encoded() {
    return form instanceof String text ? text : state().encode();
  }

  /**
   * A run in this state that the caller may change: a copy of the live run in O(grid + items),
   * or, the first time for an exam read from a store, the replay of its responses.
   */
  public AdaptiveRun runToChange(TestDesign design) {
    Object held = form;
    AdaptiveRun live;
    if (held instanceof AdaptiveRun run) {
      live = run;
    } else {
      live = design.resume(state());
      form = live;
    }
    return live.copy();
  }

  /**
   * This progress without its live run, for an exam that ended: the state is a few hundred bytes
   * where the run holds the bank's and the grid's arrays; a later change (a jury's
   * neutralisation) replays it.
   */
  TestProgress settled() {
    return form instanceof AdaptiveRun run ? new TestProgress(run.state()) : this;
  }

  /** The id of the item on screen, or null when none is. */
  public String currentItemId() {
    return form instanceof AdaptiveRun run
        ? run.currentItem().map(Item::id).orElse(null) : state().currentItemId();
  }

  /** Number of items shown and ended so far (answered, skipped, timed out or neutralised). */
  int responseCount() {
    return form instanceof AdaptiveRun run ? run.responses().size() : state().responses().size();
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
    return new TestProgress(new TestState(before.seed(), responses, nextItemId, null,
        before.accessible(), before.prior()));
  }

  private TestState state() {
    Object held = form;
    if (held instanceof AdaptiveRun run) {
      return run.state();
    }
    if (held instanceof TestState state) {
      return state;
    }
    // Decoded once: an exam read from a store is looked at more often than written whole again.
    TestState decoded = TestState.decode((String) held);
    form = decoded;
    return decoded;
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

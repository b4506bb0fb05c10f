package org.certamen.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.certamen.engine.bank.Item;
import org.certamen.engine.bank.ItemBank;
import org.certamen.engine.bank.ItemPool;
import org.certamen.engine.estimation.AbilityEstimate;
import org.certamen.engine.estimation.Estimation;
import org.certamen.engine.estimation.Prior;
import org.certamen.engine.scoring.TestResult;
import org.certamen.engine.selection.SelectionContext;

/**
 * One candidate's test as a small state machine: an item is on screen until it is answered,
 * skipped or neutralised; then the next one is chosen, until {@link TestDesign#length()} answers
 * count, or until the candidate's pool has nothing left to serve (then {@link #isComplete()} is
 * false: the test cannot go on and must end as a technical stop). Not thread-safe: a server serialises the requests of one candidate. {@link #state()}
 * captures it compactly and {@link TestDesign#resume} rebuilds it exactly, by replaying every
 * response (the rescoring and audit path). A test in progress is kept live instead: the next
 * answer applies to the posterior's row sums, the used items and the per-competence counts
 * directly, and {@link #copy()} gives an independent run in O(grid + items) for callers that keep
 * each step immutable.
 */
public final class AdaptiveRun {
  /** Weyl increment: decorrelates the random source of successive decisions of one seed. */
  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
  private static final int RECENT_COMPETENCES = 2;

  private final TestDesign design;
  private final ItemBank bank;
  private final long seed;
  private final ItemPool pool;
  private final Prior prior;
  private final List<TestState.Response> responses = new ArrayList<>();
  /** Bit sets: a live run is kept per candidate in progress, a bank holds a thousand items. */
  private final BitSet usedItems;
  private final BitSet usedTubes;
  private final int[] competenceCounts;
  private final int[] recentCompetences = new int[RECENT_COMPETENCES];
  private Estimation estimation;
  private int counted;
  private int current = -1;
  private int replacementCompetence = -1;

  private AdaptiveRun(TestDesign design, long seed, ItemPool pool, Prior prior) {
    this.design = design;
    this.bank = design.bank();
    this.seed = seed;
    this.pool = pool;
    this.prior = prior;
    this.usedItems = new BitSet(bank.size());
    this.usedTubes = new BitSet(bank.tubeCount());
    this.competenceCounts = new int[bank.framework().size()];
    this.estimation = startEstimation();
    Arrays.fill(recentCompetences, -1);
  }

  private AdaptiveRun(AdaptiveRun from) {
    this.design = from.design;
    this.bank = from.bank;
    this.seed = from.seed;
    this.pool = from.pool;
    this.prior = from.prior;
    this.responses.addAll(from.responses);
    this.usedItems = (BitSet) from.usedItems.clone();
    this.usedTubes = (BitSet) from.usedTubes.clone();
    this.competenceCounts = from.competenceCounts.clone();
    System.arraycopy(from.recentCompetences, 0, recentCompetences, 0, RECENT_COMPETENCES);
    this.estimation = from.estimation.copy();
    this.counted = from.counted;
    this.current = from.current;
    this.replacementCompetence = from.replacementCompetence;
  }

  /** An independent run in the same state: changes to either leave the other as it was. */
  public AdaptiveRun copy() {
    return new AdaptiveRun(this);
  }

  static AdaptiveRun begin(TestDesign design, long seed, ItemPool pool, Prior prior) {
    AdaptiveRun test = new AdaptiveRun(design, seed, pool, prior);
    test.selectNext(true);
    return test;
  }

  static AdaptiveRun resume(TestDesign design, TestState state) {
    AdaptiveRun test = new AdaptiveRun(design, state.seed(), ItemPool.of(state.accessible()),
        state.prior());
    for (TestState.Response response : state.responses()) {
      test.record(test.requireIndex(response.itemId()), response.outcome(), response.neutralised());
    }
    if (state.currentItemId() != null) {
      test.current = test.requireIndex(state.currentItemId());
      test.markShown(test.current);
    }
    if (state.replacementCompetence() != null) {
      test.replacementCompetence = test.bank.framework().indexOf(state.replacementCompetence());
    }
    return test;
  }

  /** The item on screen, or empty when the test is finished. */
  public Optional<Item> currentItem() {
    return current < 0 ? Optional.empty() : Optional.of(bank.item(current));
  }

  /** True once enough answers count, or when the candidate's pool has nothing left to show. */
  public boolean isFinished() {
    return current < 0;
  }

  /** True once enough answers count; a finished test that is not complete ran out of items. */
  public boolean isComplete() {
    return counted >= design.length();
  }

  /** The items this candidate may be served. */
  public ItemPool pool() {
    return pool;
  }

  /** 1-based number of the question on screen (a replacement keeps its predecessor's number). */
  public int questionNumber() {
    return Math.min(counted + 1, design.length());
  }

  /** Number of answers that count (neither neutralised nor pending). */
  public int countedAnswers() {
    return counted;
  }

  public int length() {
    return design.length();
  }

  public long seed() {
    return seed;
  }

  /** Every item shown so far in order, with its outcome, current item excluded. */
  public List<TestState.Response> responses() {
    return Collections.unmodifiableList(responses);
  }

  /**
   * Records how the item on screen ended and moves to the next one.
   *
   * @throws IllegalStateException when {@code itemId} is not the item on screen
   */
  public void answer(String itemId, Outcome outcome) {
    int index = requireCurrent(itemId);
    current = -1;
    record(index, outcome, false);
    selectNext(true);
  }

  /**
   * Neutralises the item on screen (an incident validated by the invigilator): it will not count,
   * and is replaced by another item of the same competence.
   *
   * @throws IllegalStateException when {@code itemId} is not the item on screen
   */
  public void neutraliseCurrent(String itemId) {
    int index = requireCurrent(itemId);
    current = -1;
    record(index, Outcome.SKIPPED, true);
    replacementCompetence = bank.competenceIndex(index);
    selectNext(true);
  }

  /**
   * Neutralises an answered question by its number (jury decision after the test): it no longer
   * counts and the estimate is recomputed without it. No replacement is chosen.
   *
   * @throws IllegalArgumentException when no counted answer has that number
   */
  public void neutralise(int questionNumber) {
    int number = 0;
    for (int r = 0; r < responses.size(); r++) {
      TestState.Response response = responses.get(r);
      if (!response.neutralised() && ++number == questionNumber) {
        responses.set(r, new TestState.Response(response.itemId(), response.outcome(), true));
        replay();
        return;
      }
    }
    throw new IllegalArgumentException("No answered question number " + questionNumber);
  }

  /**
   * Ends an interrupted test as the rules require for a candidate who left: every missing
   * question is selected as usual and counted wrong. Exposure counts are left untouched.
   */
  public void fillRemainingAsWrong() {
    replacementCompetence = -1;
    while (current >= 0) {
      int index = current;
      current = -1;
      record(index, Outcome.WRONG, false);
      selectNext(false);
    }
  }

  /** The estimate from the answers that count. */
  public AbilityEstimate estimate() {
    return estimation.estimate();
  }

  /** The score, interval and levels from the answers that count so far. */
  public TestResult result() {
    AbilityEstimate estimate = estimation.estimate();
    return TestResult.of(estimate.theta(), estimate.standardError(), design.levels(), counted);
  }

  public TestState state() {
    String replacement = replacementCompetence < 0
        ? null : bank.framework().competences().get(replacementCompetence).code();
    return new TestState(seed, responses,
        current < 0 ? null : bank.item(current).id(), replacement, pool == ItemPool.ACCESSIBLE,
        prior);
  }

  private void record(int index, Outcome outcome, boolean neutralised) {
    responses.add(design.response(index, outcome, neutralised));
    markShown(index);
    if (!neutralised) {
      count(index, outcome);
      replacementCompetence = -1;
    }
  }

  private void count(int index, Outcome outcome) {
    int competence = bank.competenceIndex(index);
    competenceCounts[competence]++;
    System.arraycopy(recentCompetences, 0, recentCompetences, 1, RECENT_COMPETENCES - 1);
    recentCompetences[0] = competence;
    counted++;
    estimation.add(index, outcome.isCorrect());
  }

  private void markShown(int index) {
    usedItems.set(index);
    usedTubes.set(bank.tubeIndex(index));
  }

  /** Recomputes counts and estimate from the responses, after one was neutralised. */
  private void replay() {
    estimation = startEstimation();
    Arrays.fill(competenceCounts, 0);
    Arrays.fill(recentCompetences, -1);
    counted = 0;
    for (TestState.Response response : responses) {
      if (!response.neutralised()) {
        count(bank.indexOf(response.itemId()), response.outcome());
      }
    }
  }

  private Estimation startEstimation() {
    return prior == null ? design.estimator().start() : design.estimator().start(prior);
  }

  private void selectNext(boolean countExposure) {
    if (counted >= design.length()) {
      current = -1;
      return;
    }
    SelectionContext context = new SelectionContext(bank, counted, design.length(),
        estimation.estimate().theta(), usedItems, usedTubes, competenceCounts,
        recentCompetences, replacementCompetence, pool,
        new SplittableRandom(seed + GOLDEN_GAMMA * (responses.size() + 1)), seed);
    current = design.selector(pool).select(context);
    if (current >= 0) {
      markShown(current);
      if (countExposure) {
        design.exposure(pool).recordShown(current);
      }
    }
  }

  private int requireCurrent(String itemId) {
    if (current < 0 || !bank.item(current).id().equals(itemId)) {
      throw new IllegalStateException("Item " + itemId + " is not the item on screen");
    }
    return current;
  }

  private int requireIndex(String itemId) {
    int index = bank.indexOf(itemId);
    if (index < 0) {
      throw new IllegalArgumentException("The bank has no item " + itemId);
    }
    return index;
  }
}

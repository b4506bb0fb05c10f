package org.certamen.engine.positioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.certamen.engine.positioning.TubeBanks.ALPHA;
import static org.certamen.engine.positioning.TubeBanks.BETA;
import static org.certamen.engine.positioning.TubeBanks.GAMMA;
import static org.certamen.engine.positioning.TubeBanks.id;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.certamen.engine.bank.Item;
import org.certamen.engine.bank.ItemBank;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PositioningRunTest {
  private static final ItemBank BANK = TubeBanks.THREE_TUBES;
  private static final Parcours ALL = TubeBanks.parcours(ALPHA, BETA, GAMMA);

  static List<PositioningDesign> designs() {
    return List.of(PositioningDesign.national(), PositioningDesign.certamen());
  }

  @ParameterizedTest
  @MethodSource("designs")
  void aPupilWhoKnowsEverythingMastersEveryTargetSkill(PositioningDesign design) {
    PositioningRun run = play(ALL, design, 1, item -> true);

    assertThat(run.masteryRate()).isEqualTo(1.0);
    assertThat(run.bySubject().values()).extracting(SubjectResult::reachedLevel)
        .containsExactly(6, 3, 5);
  }

  @ParameterizedTest
  @MethodSource("designs")
  void theMasteryRateIsTheShareOfTargetSkillsValidated(PositioningDesign design) {
    PositioningRun run = play(TubeBanks.parcours(ALPHA, BETA), design, 1, item -> item.level() <= 3);

    // alpha 1–3 of 6 and beta 1–3 of 3: 6 of 9 target skills.
    assertThat(run.masteryRate()).isEqualTo(6.0 / 9);
    assertThat(run.bySubject().get("alpha"))
        .isEqualTo(new SubjectResult(ALPHA, 3, 3, 6));
    assertThat(run.bySubject().get("beta").masteryRate()).isEqualTo(1.0);
  }

  @Test
  void theTargetLevelLimitsTheSkillsOfASubject() {
    Subject alphaToFour = new Subject("alpha", "1.1", 4);
    PositioningRun run = play(TubeBanks.parcours(alphaToFour), PositioningDesign.certamen(), 1,
        item -> true);

    assertThat(run.bySubject().get("alpha")).isEqualTo(new SubjectResult(alphaToFour, 4, 4, 4));
    assertThat(run.answers()).extracting(PositioningAnswer::itemId)
        .containsExactly(id("1.1", "alpha", 4));
  }

  @ParameterizedTest
  @MethodSource("designs")
  void theSameSeedAndAnswersGiveTheSameRunWhenReplayed(PositioningDesign design) {
    PositioningRun played = play(ALL, design, 42, item -> item.level() <= 4);
    List<PositioningAnswer> answers = played.answers();

    for (int n = 0; n <= answers.size(); n++) {
      PositioningRun stepwise = PositioningRun.replay(BANK, ALL, design, 42, List.of());
      for (PositioningAnswer answer : answers.subList(0, n)) {
        stepwise = stepwise.record(answer);
      }
      PositioningRun replayed = PositioningRun.replay(BANK, ALL, design, 42, answers.subList(0, n));
      assertThat(replayed.nextItem()).isEqualTo(stepwise.nextItem());
      if (n < answers.size()) {
        assertThat(replayed.nextItem().orElseThrow().id()).isEqualTo(answers.get(n).itemId());
      }
    }
    assertThat(PositioningRun.replay(BANK, ALL, design, 42, answers).isOver()).isTrue();
  }

  @Test
  void theSeedBreaksTiesBetweenEquallyGoodQuestions() {
    Parcours twoEasyTubes = TubeBanks.parcours(BETA, new Subject("alpha", "1.1", 3));
    Set<String> firstItems = new HashSet<>();
    for (long seed = 0; seed < 20; seed++) {
      firstItems.add(PositioningRun.replay(BANK, twoEasyTubes, PositioningDesign.national(), seed,
          List.of()).nextItem().orElseThrow().id());
    }

    assertThat(firstItems).containsExactlyInAnyOrder(id("1.2", "beta", 2), id("1.1", "alpha", 2));
  }

  @ParameterizedTest
  @MethodSource("designs")
  void recordingLeavesTheRunItIsCalledOnUnchanged(PositioningDesign design) {
    PositioningRun start = PositioningRun.replay(BANK, ALL, design, 3, List.of());
    Item first = start.nextItem().orElseThrow();

    PositioningRun after = start.record(PositioningAnswer.correct(first.id()));

    assertThat(start.answers()).isEmpty();
    assertThat(start.nextItem()).contains(first);
    assertThat(after.answers()).containsExactly(PositioningAnswer.correct(first.id()));
  }

  @Test
  void refusesAnAnswerToAnItemOutsideTheParcoursOrToASkillAlreadyDetermined() {
    PositioningRun run = PositioningRun.replay(BANK, TubeBanks.parcours(ALPHA),
        PositioningDesign.national(), 1, List.of(PositioningAnswer.correct(id("1.1", "alpha", 3))));

    assertThatThrownBy(() -> run.record(PositioningAnswer.correct(id("1.2", "beta", 1))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no target skill");
    assertThatThrownBy(() -> run.record(PositioningAnswer.wrong(id("1.1", "alpha", 2))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not to be asked");
    assertThatThrownBy(() -> run.record(PositioningAnswer.wrong("nowhere")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No item nowhere");
    assertThat(run.answers()).hasSize(1);
  }

  @Test
  void ourDesignEndsOnlyWhenEveryTargetSkillIsDetermined() {
    PositioningRun run = play(ALL, PositioningDesign.certamen(), 5, item -> item.level() % 2 == 1);

    assertThat(run.isOver()).isTrue();
    for (Item item : BANK.items()) {
      assertThatThrownBy(() -> run.record(PositioningAnswer.correct(item.id())))
          .as(item.id()).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @ParameterizedTest
  @MethodSource("designs")
  void aRetryAsksAgainOnlyTheItemsFailedOrSkippedAndKeepsWhatWasValidated(
      PositioningDesign design) {
    List<PositioningAnswer> first = List.of(
        PositioningAnswer.correct(id("1.1", "alpha", 3)),
        PositioningAnswer.wrong(id("1.1", "alpha", 4)),
        PositioningAnswer.correct(id("1.2", "beta", 3)),
        PositioningAnswer.skipped(id("2.1", "gamma", 3)));

    PositioningRun retry = PositioningRun.retry(BANK, ALL, design, 9, first);
    assertThat(retry.masteryRate()).isEqualTo(6.0 / 12);
    List<String> asked = new ArrayList<>();
    while (!retry.isOver()) {
      String item = retry.nextItem().orElseThrow().id();
      asked.add(item);
      retry = retry.record(PositioningAnswer.correct(item));
    }

    assertThat(asked).containsExactlyInAnyOrder(id("1.1", "alpha", 4), id("2.1", "gamma", 3));
    assertThat(retry.answers()).hasSize(2);
    // alpha 1–4 and beta 1–3 validated; gamma 3; alpha 5–6 and gamma 4–5 were never asked.
    assertThat(retry.masteryRate()).isEqualTo(8.0 / 12);
  }

  @Test
  void aRetryCountsTheLatestAnswerOfEachItemAndReplaysWithItsOwnAnswers() {
    List<PositioningAnswer> earlier = List.of(
        PositioningAnswer.wrong(id("1.1", "alpha", 2)),
        PositioningAnswer.correct(id("1.1", "alpha", 2)),
        PositioningAnswer.wrong(id("1.1", "alpha", 3)));
    PositioningDesign design = PositioningDesign.certamen();

    PositioningRun retry = PositioningRun.retry(BANK, TubeBanks.parcours(ALPHA), design, 2,
        earlier);
    assertThat(retry.nextItem().orElseThrow().id()).isEqualTo(id("1.1", "alpha", 3));
    PositioningRun replayed = PositioningRun.retry(BANK, TubeBanks.parcours(ALPHA), design, 2,
        earlier, List.of(PositioningAnswer.correct(id("1.1", "alpha", 3))));

    assertThat(replayed.isOver()).isTrue();
    assertThat(replayed.bySubject().get("alpha").reachedLevel()).isEqualTo(3);
  }

  @ParameterizedTest
  @MethodSource("designs")
  void aRetryAfterEverythingWasValidatedIsOverAtOnce(PositioningDesign design) {
    PositioningRun first = play(ALL, design, 4, item -> true);

    PositioningRun retry = PositioningRun.retry(BANK, ALL, design, 4, first.answers());

    assertThat(retry.isOver()).isTrue();
    assertThat(retry.masteryRate()).isEqualTo(1.0);
  }

  static PositioningRun play(Parcours parcours, PositioningDesign design, long seed,
      Predicate<Item> knows) {
    return play(BANK, parcours, design, seed, knows);
  }

  static PositioningRun play(ItemBank bank, Parcours parcours, PositioningDesign design, long seed,
      Predicate<Item> knows) {
    PositioningRun run = PositioningRun.replay(bank, parcours, design, seed, List.of());
    while (!run.isOver()) {
      Item item = run.nextItem().orElseThrow();
      run = run.record(knows.test(item) ? PositioningAnswer.correct(item.id())
          : PositioningAnswer.wrong(item.id()));
    }
    return run;
  }
}

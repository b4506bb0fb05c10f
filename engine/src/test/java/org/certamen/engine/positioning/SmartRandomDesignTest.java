package org.certamen.engine.positioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.certamen.engine.positioning.TubeBanks.ALPHA;
import static org.certamen.engine.positioning.TubeBanks.BETA;
import static org.certamen.engine.positioning.TubeBanks.GAMMA;
import static org.certamen.engine.positioning.TubeBanks.id;

import java.util.List;
import org.certamen.engine.bank.ItemBank;
import org.junit.jupiter.api.Test;

class SmartRandomDesignTest {
  private static final ItemBank BANK = TubeBanks.THREE_TUBES;
  private static final PositioningDesign NATIONAL = PositioningDesign.national();

  @Test
  void theFirstQuestionIsAtLevelTwoInAnEasyTube() {
    for (long seed = 0; seed < 10; seed++) {
      assertThat(first(TubeBanks.parcours(ALPHA, BETA, GAMMA), seed))
          .isEqualTo(id("1.2", "beta", 2));
    }
  }

  @Test
  void withoutAnEasyTubeTheFirstQuestionIsStillAtLevelTwo() {
    assertThat(first(TubeBanks.parcours(GAMMA, ALPHA), 1)).isEqualTo(id("1.1", "alpha", 2));
  }

  @Test
  void withoutAnySkillAtLevelTwoTheFirstQuestionIsAtTheLowestLevel() {
    assertThat(first(TubeBanks.parcours(GAMMA), 1)).isEqualTo(id("2.1", "gamma", 3));
  }

  @Test
  void thePredictedLevelStartsMidScaleAndFollowsTheAnswers() {
    RunState state = RunState.fresh(BANK, TubeBanks.parcours(ALPHA));
    // Only the two virtual answers, right at 0 and wrong at 7: the middle, 3.5.
    assertThat(SmartRandomDesign.predictedLevel(state)).isEqualTo(3.5);

    RunState right = state.copy();
    right.record(PositioningAnswer.correct(id("1.1", "alpha", 2)));
    RunState wrong = state.copy();
    wrong.record(PositioningAnswer.wrong(id("1.1", "alpha", 2)));

    assertThat(SmartRandomDesign.predictedLevel(right)).isEqualTo(4.5);
    assertThat(SmartRandomDesign.predictedLevel(wrong)).isEqualTo(1.0);
  }

  @Test
  void afterTheFirstAnswerItAsksTheSkillsThatWouldDetermineTheMost() {
    PositioningRun run = PositioningRun.replay(BANK, TubeBanks.parcours(ALPHA), NATIONAL, 1,
        List.of(PositioningAnswer.correct(id("1.1", "alpha", 2))));

    // Predicted 4.5: levels 4 and 5 each settle 2.38 skills on average, levels 3 and 6 only 1.55.
    assertThat(run.nextItem().orElseThrow().id())
        .isIn(id("1.1", "alpha", 4), id("1.1", "alpha", 5));
  }

  @Test
  void skillsMoreThanTwoLevelsAboveThePredictedLevelAreSetAsideAndTheRunEnds() {
    PositioningRun run = PositioningRun.replay(BANK, TubeBanks.parcours(BETA, GAMMA), NATIONAL, 1,
        List.of());
    while (!run.isOver()) {
      run = run.record(PositioningAnswer.wrong(run.nextItem().orElseThrow().id()));
    }

    assertThat(run.answers()).extracting(PositioningAnswer::itemId)
        .containsExactly(id("1.2", "beta", 2), id("1.2", "beta", 1));
    assertThat(run.masteryRate()).isZero();
    // gamma is left undetermined: an answer to it would still be accepted.
    PositioningRun over = run;
    assertThatCode(() -> over.record(PositioningAnswer.wrong(id("2.1", "gamma", 3))))
        .doesNotThrowAnyException();
  }

  private static String first(Parcours parcours, long seed) {
    return PositioningRun.replay(BANK, parcours, NATIONAL, seed, List.of()).nextItem()
        .orElseThrow().id();
  }
}

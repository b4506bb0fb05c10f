package org.certamen.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.certamen.engine.bank.Item;
import org.certamen.engine.bank.ItemBank;
import org.certamen.engine.estimation.Estimation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdaptiveRunTest {
  private final ItemBank bank = TestBanks.random(12, 7);

  @ParameterizedTest
  @ValueSource(strings = {TestDesign.CERTAMEN, TestDesign.PIX_V3})
  void runsExactlyThirtyTwoQuestionsOnDistinctTubes(String name) {
    TestDesign design = TestDesign.named(name, bank);
    AdaptiveRun test = design.start(42);
    Set<String> tubes = new HashSet<>();
    int shown = 0;
    while (!test.isFinished()) {
      Item item = test.currentItem().orElseThrow();
      assertThat(tubes.add(item.tube())).isTrue();
      assertThat(test.questionNumber()).isEqualTo(shown + 1);
      test.answer(item.id(), item.difficulty() < 0 ? Outcome.CORRECT : Outcome.WRONG);
      shown++;
    }
    assertThat(shown).isEqualTo(32);
    assertThat(test.countedAnswers()).isEqualTo(32);
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDesign.CERTAMEN, TestDesign.PIX_V3})
  void resumesFromEncodedStateExactly(String name) {
    TestDesign design = TestDesign.named(name, bank);
    AdaptiveRun test = design.start(99);
    for (int i = 0; i < 10; i++) {
      Item item = test.currentItem().orElseThrow();
      test.answer(item.id(), i % 3 == 0 ? Outcome.WRONG : Outcome.CORRECT);
    }
    AdaptiveRun resumed = design.resume(TestState.decode(test.state().encode()));

    assertThat(resumed.state()).isEqualTo(test.state());
    assertThat(resumed.estimate()).isEqualTo(test.estimate());
    assertThat(resumed.currentItem()).isEqualTo(test.currentItem());
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDesign.CERTAMEN, TestDesign.PIX_V3})
  void aLiveRunAdvancedCopyByCopyEqualsTheReplayOfItsResponsesAtEveryStep(String name) {
    TestDesign design = TestDesign.named(name, bank);
    AdaptiveRun live = design.start(2024);
    live.neutraliseCurrent(live.currentItem().orElseThrow().id());
    int step = 0;
    while (!live.isFinished()) {
      AdaptiveRun before = live;
      TestState stateBefore = before.state();
      Item item = live.currentItem().orElseThrow();
      live = before.copy();
      live.answer(item.id(), step++ % 3 == 0 ? Outcome.WRONG : Outcome.CORRECT);
      AdaptiveRun replayed = design.resume(TestState.decode(live.state().encode()));

      assertThat(before.state()).as("the copied run is left as it was").isEqualTo(stateBefore);
      assertThat(replayed.state()).isEqualTo(live.state());
      assertThat(replayed.estimate()).isEqualTo(live.estimate());
      assertThat(replayed.result()).isEqualTo(live.result());
      assertThat(replayed.currentItem()).isEqualTo(live.currentItem());
    }
    assertThat(live.countedAnswers()).isEqualTo(32);
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDesign.CERTAMEN, TestDesign.PIX_V3})
  void replacesNeutralisedItemWithOneOfTheSameCompetence(String name) {
    TestDesign design = TestDesign.named(name, bank);
    AdaptiveRun test = design.start(5);
    Item first = test.currentItem().orElseThrow();
    test.neutraliseCurrent(first.id());

    Item replacement = test.currentItem().orElseThrow();
    assertThat(replacement.competence()).isEqualTo(first.competence());
    assertThat(replacement.id()).isNotEqualTo(first.id());
    assertThat(test.questionNumber()).isEqualTo(1);
    assertThat(test.countedAnswers()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDesign.CERTAMEN, TestDesign.PIX_V3})
  void refusesAnAnswerToAnItemNotOnScreen(String name) {
    AdaptiveRun test = TestDesign.named(name, bank).start(1);
    assertThatThrownBy(() -> test.answer("not-on-screen", Outcome.CORRECT))
        .isInstanceOf(IllegalStateException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDesign.CERTAMEN, TestDesign.PIX_V3})
  void recomputesTheEstimateWithoutAPastQuestionNeutralisedByNumber(String name) {
    TestDesign design = TestDesign.named(name, bank);
    AdaptiveRun test = design.start(17);
    List<Integer> answered = new ArrayList<>();
    for (int q = 0; q < 6; q++) {
      Item item = test.currentItem().orElseThrow();
      answered.add(bank.indexOf(item.id()));
      test.answer(item.id(), q == 2 ? Outcome.WRONG : Outcome.CORRECT);
    }
    test.neutralise(3);

    Estimation expected = design.estimator().start();
    for (int q = 0; q < 6; q++) {
      if (q != 2) {
        expected.add(answered.get(q), true);
      }
    }
    assertThat(test.estimate()).isEqualTo(expected.estimate());
    assertThat(test.countedAnswers()).isEqualTo(5);
    assertThat(test.responses().get(2).neutralised()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDesign.CERTAMEN, TestDesign.PIX_V3})
  void refusesToNeutraliseAQuestionNotAnswered(String name) {
    AdaptiveRun test = TestDesign.named(name, bank).start(3);
    Item item = test.currentItem().orElseThrow();
    test.answer(item.id(), Outcome.CORRECT);

    assertThatThrownBy(() -> test.neutralise(2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> test.neutralise(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDesign.CERTAMEN, TestDesign.PIX_V3})
  void fillsAnInterruptedTestWithWrongAnswersUpToThirtyTwo(String name) {
    TestDesign design = TestDesign.named(name, bank);
    AdaptiveRun test = design.start(8);
    for (int q = 0; q < 5; q++) {
      Item item = test.currentItem().orElseThrow();
      test.answer(item.id(), Outcome.CORRECT);
    }
    test.fillRemainingAsWrong();

    assertThat(test.isFinished()).isTrue();
    assertThat(test.countedAnswers()).isEqualTo(32);
    assertThat(test.responses()).hasSize(32);
    assertThat(test.responses().subList(5, 32))
        .allSatisfy(response -> assertThat(response.outcome()).isEqualTo(Outcome.WRONG));
    assertThat(test.result().countedAnswers()).isEqualTo(32);
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDesign.CERTAMEN, TestDesign.PIX_V3})
  void countsSkippedAndTimedOutAnswersAsWrong(String name) {
    TestDesign design = TestDesign.named(name, bank);
    AdaptiveRun skipped = design.start(12);
    AdaptiveRun wrong = design.start(12);
    Item item = skipped.currentItem().orElseThrow();
    skipped.answer(item.id(), Outcome.TIMED_OUT);
    wrong.answer(item.id(), Outcome.WRONG);

    assertThat(skipped.estimate()).isEqualTo(wrong.estimate());
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDesign.CERTAMEN, TestDesign.PIX_V3})
  void resumesAfterANeutralisationExactly(String name) {
    TestDesign design = TestDesign.named(name, bank);
    AdaptiveRun test = design.start(23);
    for (int q = 0; q < 4; q++) {
      Item item = test.currentItem().orElseThrow();
      test.answer(item.id(), Outcome.CORRECT);
    }
    test.neutraliseCurrent(test.currentItem().orElseThrow().id());
    AdaptiveRun resumed = design.resume(TestState.decode(test.state().encode()));

    assertThat(resumed.state()).isEqualTo(test.state());
    assertThat(resumed.questionNumber()).isEqualTo(5);
    Item next = test.currentItem().orElseThrow();
    test.answer(next.id(), Outcome.WRONG);
    resumed.answer(next.id(), Outcome.WRONG);
    assertThat(resumed.state()).isEqualTo(test.state());
    assertThat(resumed.estimate()).isEqualTo(test.estimate());
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDesign.CERTAMEN, TestDesign.PIX_V3})
  void refusesToResumeAStateNamingAnItemTheBankDoesNotHold(String name) {
    TestDesign design = TestDesign.named(name, bank);
    TestState state = new TestState(1,
        List.of(new TestState.Response("unknown", Outcome.CORRECT, false)), null, null, false, null);

    assertThatThrownBy(() -> design.resume(state)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "{", "not json", "{\"s\": \"x\"}"})
  void refusesToDecodeWhatIsNotAState(String encoded) {
    assertThatThrownBy(() -> TestState.decode(encoded)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDesign.CERTAMEN, TestDesign.PIX_V3})
  void reachesTheTopOfTheScaleWhenEverythingIsRight(String name) {
    AdaptiveRun test = TestDesign.named(name, bank).start(2);
    while (!test.isFinished()) {
      test.answer(test.currentItem().orElseThrow().id(), Outcome.CORRECT);
    }

    assertThat(test.estimate().theta()).isGreaterThan(2.5);
    assertThat(test.result().score()).isGreaterThan(500);
  }
}

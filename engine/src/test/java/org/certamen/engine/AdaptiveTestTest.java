package org.certamen.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.certamen.engine.bank.Item;
import org.certamen.engine.bank.ItemBank;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdaptiveTestTest {
  private final ItemBank bank = TestBanks.random(12, 7);

  @ParameterizedTest
  @ValueSource(strings = {TestDesign.CERTAMEN, TestDesign.PIX_V3})
  void runsExactlyThirtyTwoQuestionsOnDistinctTubes(String name) {
    TestDesign design = TestDesign.named(name, bank);
    AdaptiveTest test = design.start(42);
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
    AdaptiveTest test = design.start(99);
    for (int i = 0; i < 10; i++) {
      Item item = test.currentItem().orElseThrow();
      test.answer(item.id(), i % 3 == 0 ? Outcome.WRONG : Outcome.CORRECT);
    }
    AdaptiveTest resumed = design.resume(TestState.decode(test.state().encode()));

    assertThat(resumed.state()).isEqualTo(test.state());
    assertThat(resumed.estimate()).isEqualTo(test.estimate());
    assertThat(resumed.currentItem()).isEqualTo(test.currentItem());
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDesign.CERTAMEN, TestDesign.PIX_V3})
  void replacesNeutralisedItemWithOneOfTheSameCompetence(String name) {
    TestDesign design = TestDesign.named(name, bank);
    AdaptiveTest test = design.start(5);
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
    AdaptiveTest test = TestDesign.named(name, bank).start(1);
    assertThatThrownBy(() -> test.answer("not-on-screen", Outcome.CORRECT))
        .isInstanceOf(IllegalStateException.class);
  }
}

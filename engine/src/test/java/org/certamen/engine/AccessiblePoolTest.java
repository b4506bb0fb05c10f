package org.certamen.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.certamen.engine.bank.ItemBank;
import org.certamen.engine.bank.ItemPool;
import org.certamen.engine.estimation.Prior;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccessiblePoolTest {
  /** 20 items (10 tubes) per competence; in each competence items 0–11 (6 tubes) are accessible. */
  private final ItemBank bank = TestBanks.random(20, 3, i -> i < 12);

  @ParameterizedTest
  @ValueSource(strings = {TestDesign.CERTAMEN, TestDesign.PIX_V3})
  void servesACandidateWhoNeedsArrangementsOnlyAccessibleItems(String name) {
    TestDesign design = TestDesign.named(name, bank);
    for (long seed = 1; seed <= 30; seed++) {
      AdaptiveRun test = design.start(seed, ItemPool.ACCESSIBLE, null);
      int shown = 0;
      while (!test.isFinished()) {
        String id = test.currentItem().orElseThrow().id();
        assertThat(bank.find(id).orElseThrow().accessible()).as(id).isTrue();
        test.answer(id, seed % 2 == 0 ? Outcome.CORRECT : Outcome.WRONG);
        shown++;
      }
      assertThat(test.isComplete()).isTrue();
      assertThat(shown).isEqualTo(TestDesign.LENGTH);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDesign.CERTAMEN, TestDesign.PIX_V3})
  void replacesANeutralisedItemWithAnAccessibleOneOfTheSameCompetence(String name) {
    TestDesign design = TestDesign.named(name, bank);
    AdaptiveRun test = design.start(7, ItemPool.ACCESSIBLE, null);
    for (int n = 0; n < 10; n++) {
      String neutralised = test.currentItem().orElseThrow().id();
      test.neutraliseCurrent(neutralised);
      String replacement = test.currentItem().orElseThrow().id();
      assertThat(bank.find(replacement).orElseThrow().accessible()).isTrue();
      assertThat(bank.find(replacement).orElseThrow().competence())
          .isEqualTo(bank.find(neutralised).orElseThrow().competence());
      test.answer(replacement, Outcome.CORRECT);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDesign.CERTAMEN, TestDesign.PIX_V3})
  void countsExposureOnTheCandidatesOwnPool(String name) {
    TestDesign design = TestDesign.named(name, bank);
    Set<String> shown = new HashSet<>();
    for (long seed = 1; seed <= 4; seed++) {
      AdaptiveRun test = design.start(seed, ItemPool.ACCESSIBLE, null);
      while (!test.isFinished()) {
        String id = test.currentItem().orElseThrow().id();
        shown.add(id);
        test.answer(id, Outcome.WRONG);
      }
    }

    assertThat(design.exposure(ItemPool.ACCESSIBLE).testsStarted()).isEqualTo(4);
    assertThat(design.exposure(ItemPool.STANDARD).testsStarted()).isZero();
    for (String id : shown) {
      assertThat(design.exposure(ItemPool.STANDARD).timesShown(bank.indexOf(id))).isZero();
      assertThat(design.exposure(ItemPool.ACCESSIBLE).timesShown(bank.indexOf(id))).isPositive();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDesign.CERTAMEN, TestDesign.PIX_V3})
  void keepsThePoolAndThePriorWhenResumed(String name) {
    TestDesign design = TestDesign.named(name, bank);
    Prior prior = new Prior(0.4, 1.3);
    AdaptiveRun test = design.start(11, ItemPool.ACCESSIBLE, prior);
    for (int n = 0; n < 5; n++) {
      test.answer(test.currentItem().orElseThrow().id(), Outcome.CORRECT);
    }

    AdaptiveRun resumed = design.resume(TestState.decode(test.state().encode()));

    assertThat(resumed.pool()).isEqualTo(ItemPool.ACCESSIBLE);
    assertThat(resumed.state().prior()).isEqualTo(prior);
    assertThat(resumed.estimate()).isEqualTo(test.estimate());
    assertThat(resumed.currentItem()).isEqualTo(test.currentItem());
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDesign.CERTAMEN, TestDesign.PIX_V3})
  void endsIncompleteWhenThePoolRunsOut(String name) {
    // One accessible tube per competence: 16 questions at most.
    ItemBank scarce = TestBanks.random(6, 5, i -> i < 2);
    AdaptiveRun test = TestDesign.named(name, scarce).start(3, ItemPool.ACCESSIBLE, null);
    while (!test.isFinished()) {
      test.answer(test.currentItem().orElseThrow().id(), Outcome.CORRECT);
    }

    assertThat(test.countedAnswers()).isEqualTo(16);
    assertThat(test.isComplete()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {TestDesign.CERTAMEN, TestDesign.PIX_V3})
  void readsAStateStoredBeforePoolsAsStandard(String name) {
    TestDesign design = TestDesign.named(name, bank);
    String firstItem = design.start(9).currentItem().orElseThrow().id();

    AdaptiveRun resumed = design.resume(TestState.decode(
        "{\"s\":9,\"r\":[],\"c\":\"" + firstItem + "\",\"n\":null}"));

    assertThat(resumed.pool()).isEqualTo(ItemPool.STANDARD);
    assertThat(resumed.state().prior()).isNull();
  }
}

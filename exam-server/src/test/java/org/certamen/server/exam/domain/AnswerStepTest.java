package org.certamen.server.exam.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.certamen.engine.TestDesign;
import org.certamen.engine.bank.ItemPool;
import org.certamen.server.TestBank;
import org.junit.jupiter.api.Test;

class AnswerStepTest {
  private static final TestDesign DESIGN = TestBank.design();
  private static final Instant T0 = Instant.parse("2026-11-28T09:00:00Z");

  private static Exam started() {
    return Exam.entered("s", "c", 0, T0).authorize(T0).start(DESIGN, ItemPool.STANDARD, null, T0)
        .withVersion(4);
  }

  private static Exam answered(Exam exam, int seconds) {
    return exam.answer(DESIGN, exam.questionOnScreen(), null, "réponse " + seconds,
        T0.plusSeconds(seconds));
  }

  @Test
  void anAnswerIsAStepThatGivesTheExamBackWhenAppliedToTheExamBefore() {
    Exam before = started();
    Exam after = answered(before, 30);

    AnswerStep step = AnswerStep.between(before, after).orElseThrow();

    assertThat(step.version()).isEqualTo(5);
    assertThat(step.answer()).isEqualTo(after.answers().get(0));
    assertThat(step.nextItemId()).isEqualTo(after.questionOnScreen());
    Exam rebuilt = step.applyTo(decodedCopy(before));
    assertThat(rebuilt).isEqualTo(after.withVersion(5));
    assertThat(rebuilt.testState()).isEqualTo(after.testState());
  }

  @Test
  void everyAnswerUpToTheCompletionIsAStepThatRebuildsTheExam() {
    Exam exam = started();
    int seconds = 0;
    while (exam.status() == ExamStatus.IN_PROGRESS) {
      Exam after = answered(exam, seconds += 20);
      AnswerStep step = AnswerStep.between(exam, after).orElseThrow();
      Exam rebuilt = step.applyTo(decodedCopy(exam));
      assertThat(rebuilt).isEqualTo(after.withVersion(exam.version() + 1));
      exam = rebuilt;
    }
    assertThat(exam.status()).isEqualTo(ExamStatus.COMPLETED);
    assertThat(exam.events().get(exam.events().size() - 1).type())
        .isEqualTo(ExamEventType.COMPLETED);
    assertThat(exam.answers()).hasSize(DESIGN.length());
  }

  @Test
  void anythingElseThanOneAnswerIsNoStep() {
    Exam before = started();
    assertThat(AnswerStep.between(before, before.raiseExtensionAlert(T0.plusSeconds(5)))).isEmpty();
    assertThat(AnswerStep.between(before, answered(answered(before, 10), 20))).isEmpty();
    assertThat(AnswerStep.between(before, answered(before, 10).withVersion(5))).isEmpty();
  }

  @Test
  void refusesToApplyAStepToAnotherVersion() {
    Exam before = started();
    AnswerStep step = AnswerStep.between(before, answered(before, 30)).orElseThrow();
    assertThatThrownBy(() -> step.applyTo(before.withVersion(3)))
        .isInstanceOf(IllegalStateException.class);
  }

  /** The exam as a store gives it back: its engine state encoded, no live run. */
  private static Exam decodedCopy(Exam exam) {
    return new Exam(exam.sessionId(), exam.candidateId(), exam.version(), exam.status(),
        exam.allowed(), exam.deadline(), exam.frozenRemaining(), exam.design(),
        TestProgress.decoded(exam.testState()), exam.questionShownAt(), exam.lastActivityAt(),
        exam.answers(), exam.alerts(), exam.events());
  }
}

package org.certamen.server.exam.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.certamen.engine.Outcome;
import org.certamen.engine.TestDesign;
import org.certamen.engine.bank.ItemBank;
import org.certamen.engine.bank.ItemPool;
import org.certamen.server.TestBank;
import org.certamen.server.shared.DomainException;
import org.junit.jupiter.api.Test;

class ExamTest {
  private static final Instant T0 = Instant.parse("2026-11-28T09:00:00Z");
  private static final TestDesign DESIGN = TestBank.design();
  private static final ItemPool POOL = ItemPool.STANDARD;

  private static Exam started() {
    return Exam.entered("s", "c", 0, T0).authorize(T0).start(DESIGN, POOL, null, T0);
  }

  private static Instant at(long seconds) {
    return T0.plusSeconds(seconds);
  }

  private static void assertRefused(ThrowingCallable transition, String code) {
    assertThat(catchThrowableOfType(DomainException.class, transition).code()).isEqualTo(code);
  }

  /** The refusal of a transition asked past the deadline, with the ended exam it records. */
  private static EndedMeanwhile endedMeanwhile(ThrowingCallable transition) {
    EndedMeanwhile ended = catchThrowableOfType(EndedMeanwhile.class, transition);
    assertThat(ended.refusal().code()).isEqualTo("TIME_UP");
    assertThat(ended.ended().status()).isEqualTo(ExamStatus.ENDED_TIME_UP);
    return ended;
  }

  @Test
  void grantsTheStandardTimePlusExtraTime() {
    assertThat(Exam.entered("s", "c", 0, T0).remainingSeconds(T0)).isEqualTo(6300);
    assertThat(Exam.entered("s", "c", 30, T0).remainingSeconds(T0)).isEqualTo(8190);
    assertThat(Exam.entered("s", "c", 33, T0).remainingSeconds(T0)).isEqualTo(8379);
  }

  @Test
  void runsTheClockOnlyWhileInProgress() {
    Exam running = started();
    assertThat(running.deadline()).isEqualTo(at(6300));
    assertThat(running.remainingSeconds(at(100))).isEqualTo(6200);
    Exam paused = running.raiseExtensionAlert(at(100));
    assertThat(paused.status()).isEqualTo(ExamStatus.PAUSED_EXTENSION_ALERT);
    assertThat(paused.deadline()).isNull();
    assertThat(paused.remainingSeconds(at(5000))).isEqualTo(6200);
    Exam again = paused.resolveAlert(DESIGN, "1", Alert.EXTENSION_BACK, "invigilator", at(5000));
    assertThat(again.status()).isEqualTo(ExamStatus.IN_PROGRESS);
    assertThat(again.deadline()).isEqualTo(at(5000 + 6200));
  }

  @Test
  void roundsTheRemainingTimeUp() {
    Exam running = started();
    assertThat(running.remainingSeconds(T0.plusMillis(1))).isEqualTo(6300);
    assertThat(running.remainingSeconds(T0.plusMillis(6_299_999))).isEqualTo(1);
    assertThat(running.remainingSeconds(at(6300))).isZero();
  }

  @Test
  void endsAtTheDeadlineAndNotBefore() {
    Exam running = started();
    assertThat(running.expiredAt(at(6299))).isSameAs(running);
    Exam ended = running.expiredAt(at(6300));
    assertThat(ended.status()).isEqualTo(ExamStatus.ENDED_TIME_UP);
    assertThat(ended.remainingSeconds(at(9999))).isZero();
    assertThat(ended.events().get(ended.events().size() - 1).type())
        .isEqualTo(ExamEventType.TIME_UP);
    assertThat(ended.events().get(ended.events().size() - 1).at()).isEqualTo(at(6300));
  }

  @Test
  void authorisesOnlyACandidateWhoWaits() {
    Exam entered = Exam.entered("s", "c", 0, T0);
    Exam authorized = entered.authorize(at(10));
    assertThat(authorized.status()).isEqualTo(ExamStatus.AUTHORIZED);
    assertThat(authorized.authorize(at(20))).isSameAs(authorized);
    assertRefused(() -> started().authorize(at(30)), "CANNOT_AUTHORIZE");
    assertRefused(() -> started().endByInvigilator("malaise", at(30)).authorize(at(40)),
        "CANNOT_AUTHORIZE");
  }

  @Test
  void startsOnlyOnceAuthorisedAndRecordsTheDesign() {
    assertRefused(() -> Exam.entered("s", "c", 0, T0).start(DESIGN, POOL, null, T0),
        "NOT_AUTHORIZED");
    Exam running = started();
    assertThat(running.status()).isEqualTo(ExamStatus.IN_PROGRESS);
    assertThat(running.design()).isEqualTo(new DesignVersion("certamen", DESIGN.bank().version()));
    assertThat(running.questionOnScreen()).isNotNull();
    assertThat(running.start(DESIGN, POOL, null, at(5))).isSameAs(running);
    assertRefused(
        () -> running.endByInvigilator("malaise", at(9)).start(DESIGN, POOL, null, at(10)),
        "TEST_ENDED");
  }

  @Test
  void answersOnlyTheQuestionOnScreenAndOnlyOnce() {
    Exam running = started();
    String first = running.questionOnScreen();
    assertRefused(() -> running.answer(DESIGN, "other", null, null, at(5)), "STALE_QUESTION");
    Exam answered = running.answer(DESIGN, first, null, null, at(5));
    assertThat(answered.answers()).singleElement()
        .satisfies(a -> assertThat(a.outcome()).isEqualTo(Outcome.SKIPPED));
    assertThat(answered.questionOnScreen()).isNotEqualTo(first);
    assertThat(answered.answer(DESIGN, first, null, null, at(6))).isSameAs(answered);
  }

  @Test
  void refusesAnswersWhileAnAlertWaits() {
    Exam running = started();
    String question = running.questionOnScreen();
    Exam alerted = running.raiseQuestionAlert(question, "image absente", at(5));
    assertThat(alerted.status()).isEqualTo(ExamStatus.PAUSED_QUESTION_ALERT);
    assertRefused(() -> alerted.answer(DESIGN, question, null, null, at(6)),
        "QUESTION_ALERT_PENDING");
    assertRefused(() -> alerted.raiseQuestionAlert(question, null, at(6)), "ALERT_ALREADY_OPEN");
    Exam extension = running.raiseExtensionAlert(at(5));
    assertThat(extension.raiseExtensionAlert(at(6))).isSameAs(extension);
    assertRefused(() -> extension.answer(DESIGN, question, null, null, at(6)),
        "EXTENSION_ALERT_PENDING");
  }

  @Test
  void resolvesAnAlertOnceWithADecisionThatFitsIt() {
    Exam running = started();
    Exam alerted = running.raiseQuestionAlert(running.questionOnScreen(), null, at(5));
    assertRefused(() -> alerted.resolveAlert(DESIGN, "9", Alert.DISMISS, "invigilator", at(6)), "ALERT_NOT_FOUND");
    assertRefused(() -> alerted.resolveAlert(DESIGN, "1", Alert.EXTENSION_BACK, "invigilator", at(6)),
        "INVALID_DECISION");
    Exam validated = alerted.resolveAlert(DESIGN, "1", Alert.VALIDATE, "invigilator", at(6));
    assertThat(validated.status()).isEqualTo(ExamStatus.IN_PROGRESS);
    assertThat(validated.questionOnScreen()).isNotEqualTo(alerted.questionOnScreen());
    assertRefused(() -> validated.resolveAlert(DESIGN, "1", Alert.DISMISS, "invigilator", at(7)),
        "ALERT_ALREADY_RESOLVED");
  }

  @Test
  void anAlertValidatedWhileTheCandidateWaitsToResumeReplacesTheQuestionAndKeepsThemWaiting() {
    Exam running = started();
    Exam away = running.raiseQuestionAlert(running.questionOnScreen(), null, at(5))
        .enteredAgain(null, at(60));
    assertThat(away.status()).isEqualTo(ExamStatus.WAITING_RESUME);
    Exam validated = away.resolveAlert(DESIGN, "1", Alert.VALIDATE, "invigilator", at(70));
    assertThat(validated.status()).isEqualTo(ExamStatus.WAITING_RESUME);
    assertThat(validated.questionOnScreen()).isNotEqualTo(running.questionOnScreen());
    assertThat(validated.authorize(at(80)).start(DESIGN, POOL, null, at(90)).status())
        .isEqualTo(ExamStatus.IN_PROGRESS);
  }

  @Test
  void endingATestClosesItsOpenAlertsWithTheReason() {
    Exam running = started();
    Exam alerted = running.raiseQuestionAlert(running.questionOnScreen(), null, at(5));
    Exam ended = alerted.endByInvigilator("malaise", at(60));
    assertThat(ended.status()).isEqualTo(ExamStatus.ENDED_BY_INVIGILATOR);
    assertThat(ended.openAlerts()).isEmpty();
    assertThat(ended.alerts()).singleElement().satisfies(alert -> {
      assertThat(alert.decision()).isEqualTo(Alert.TEST_ENDED);
      assertThat(alert.closingReason()).isEqualTo("malaise");
      assertThat(alert.resolvedAt()).isEqualTo(at(60));
      assertThat(alert.isUnresolved()).isTrue();
    });
    assertRefused(() -> ended.endByInvigilator("again", at(61)), "TEST_ENDED");
    assertRefused(() -> ended.resolveAlert(DESIGN, "1", Alert.DISMISS, "invigilator", at(61)),
        "ALERT_ALREADY_RESOLVED");
  }

  @Test
  void theFinalisationEndsATestUnderwayAndKeepsAnEndedOne() {
    Exam alerted = started().raiseExtensionAlert(at(5));
    Exam closed = alerted.closedByFinalisation(at(60));
    assertThat(closed.status()).isEqualTo(ExamStatus.ENDED_BY_INVIGILATOR);
    assertThat(closed.alerts()).singleElement().extracting(Alert::closingReason)
        .isEqualTo(Exam.FINALISATION_REASON);
    Exam running = started();
    assertThat(running.closedByFinalisation(at(7000))).isEqualTo(running.expiredAt(at(6300)));
  }

  @Test
  void aTestPastItsDeadlineEndsWhenTheCandidateEntersAgainAndCannotBeResumed() {
    Exam first = started();
    Exam running = first.answer(DESIGN, first.questionOnScreen(), null, null, at(300));
    Exam back = running.enteredAgain(null, at(3 * 3600));
    assertThat(back.status()).isEqualTo(ExamStatus.ENDED_TIME_UP);
    assertThat(back.remainingSeconds(at(3 * 3600))).isZero();
    assertRefused(() -> back.authorize(at(3 * 3600 + 1)), "CANNOT_AUTHORIZE");
    assertRefused(() -> back.start(DESIGN, POOL, null, at(3 * 3600 + 2)), "TIME_UP");
  }

  @Test
  void entryBeforeTheDeadlineStopsTheClockAtTheLastSignOfLife() {
    Exam running = started();
    Exam back = running.enteredAgain(at(600), at(1200));
    assertThat(back.status()).isEqualTo(ExamStatus.WAITING_RESUME);
    assertThat(back.remainingSeconds(at(5000))).isEqualTo(6300 - 600);
    Exam resumed = back.authorize(at(5000)).start(DESIGN, POOL, null, at(5001));
    assertThat(resumed.status()).isEqualTo(ExamStatus.IN_PROGRESS);
    assertThat(resumed.deadline()).isEqualTo(at(5001 + 6300 - 600));
  }

  @Test
  void everyTransitionAskedPastTheDeadlineEndsTheTestWhateverWasStored() {
    Exam running = started();
    String question = running.questionOnScreen();
    Instant late = at(6300);
    EndedMeanwhile answered =
        endedMeanwhile(() -> running.answer(DESIGN, question, null, null, late));
    assertThat(answered.ended()).isEqualTo(running.expiredAt(late));
    endedMeanwhile(() -> running.start(DESIGN, POOL, null, late));
    endedMeanwhile(() -> running.authorize(late));
    endedMeanwhile(() -> running.raiseQuestionAlert(question, null, late));
    endedMeanwhile(() -> running.raiseExtensionAlert(late));
    endedMeanwhile(() -> running.endByInvigilator("malaise", late));
  }

  @Test
  void continuesATestOnlyUnderTheDesignAndBankItStartedWith() {
    Exam running = started();
    String question = running.questionOnScreen();
    TestDesign pix = TestDesign.named(TestDesign.PIX_V3, DESIGN.bank());
    ItemBank bank = DESIGN.bank();
    TestDesign newerBank = TestDesign.named(TestDesign.CERTAMEN,
        new ItemBank(bank.version() + "-b", bank.framework(), bank.items()));
    assertRefused(() -> running.answer(pix, question, null, null, at(5)), "TEST_DESIGN_CHANGED");
    assertRefused(() -> running.answer(newerBank, question, null, null, at(5)),
        "TEST_DESIGN_CHANGED");
    Exam authorized = running.enteredAgain(null, at(10)).authorize(at(20));
    assertRefused(() -> authorized.start(pix, POOL, null, at(30)), "TEST_DESIGN_CHANGED");
    assertThat(authorized.start(DESIGN, POOL, null, at(30)).status())
        .isEqualTo(ExamStatus.IN_PROGRESS);
    DomainException refusal = catchThrowableOfType(DomainException.class,
        () -> authorized.start(pix, POOL, null, at(30)));
    assertThat(refusal.detail()).contains("pix-v3", "certamen", "Prévenez le surveillant");
  }

  @Test
  void anEndedTestKeepsItsStateWithoutTheLiveRun() {
    Exam running = started();
    running = running.answer(DESIGN, running.questionOnScreen(), null, null, at(5));
    Exam ended = running.endByInvigilator("malaise", at(9));
    assertThat(ended.progress()).isNotSameAs(running.progress()).isEqualTo(running.progress());
    assertThat(ended.progress().runToChange(DESIGN).state())
        .isEqualTo(running.progress().runToChange(DESIGN).state());
  }
}

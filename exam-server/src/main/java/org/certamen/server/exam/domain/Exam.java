package org.certamen.server.exam.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.certamen.engine.AdaptiveRun;
import org.certamen.engine.Outcome;
import org.certamen.engine.TestDesign;
import org.certamen.engine.bank.Answer;
import org.certamen.engine.bank.Item;
import org.certamen.engine.bank.ItemPool;
import org.certamen.engine.estimation.Prior;
import org.certamen.server.shared.DomainException;
import org.certamen.server.shared.RandomIds;

/**
 * One candidate's exam: status, clock, the engine's test state, answers, alerts and event log.
 * Every rule of the exam lives here: each transition takes the server's time, refuses what the
 * current status does not allow with a {@link DomainException}, and returns the exam after it;
 * services only load, call and save. It is the unit of optimistic concurrency:
 * {@link ExamRepository#save} stores it only when {@code version} is still the stored one, so two
 * servers never both advance the same test.
 *
 * <p>The clock: while {@code deadline} is set the time runs; otherwise {@code frozenRemaining}
 * holds what is left (null before the start, when the full {@code allowed} time remains). Every
 * transition first ends a test whose deadline passed, whatever status was stored: past its time, a
 * test never comes back.
 *
 * @param version 0 for an exam never saved; the store increments it on every save
 * @param allowed the whole time granted, extra time included
 * @param deadline when the time runs out, or null while the clock is stopped
 * @param frozenRemaining time left while the clock is stopped after a start, else null
 * @param design the rules the test started under, null before the start
 * @param progress the engine's state of the test ({@link TestProgress}), null before the start
 * @param questionShownAt when the question on screen was first served
 * @param lastActivityAt last heartbeat or answer while the test ran
 */
public record Exam(
    String sessionId,
    String candidateId,
    long version,
    ExamStatus status,
    Duration allowed,
    Instant deadline,
    Duration frozenRemaining,
    DesignVersion design,
    TestProgress progress,
    Instant questionShownAt,
    Instant lastActivityAt,
    List<GivenAnswer> answers,
    List<Alert> alerts,
    List<ExamEvent> events) {

  /** The standard exam time before extra time. */
  public static final Duration STANDARD_TIME = Duration.ofMinutes(105);
  /** Why the finalisation ends the tests still underway. */
  public static final String FINALISATION_REASON = "session finalised";
  /** Why an alert is closed when the time runs out. */
  static final String TIME_UP_REASON = "time up";

  public Exam {
    answers = List.copyOf(answers);
    alerts = List.copyOf(alerts);
    events = List.copyOf(events);
  }

  /** A new exam for a candidate who just entered, waiting for authorisation. */
  public static Exam entered(String sessionId, String candidateId, int extraTimePercentage,
      Instant now) {
    Duration allowed = STANDARD_TIME.multipliedBy(100 + extraTimePercentage).dividedBy(100);
    return new Exam(sessionId, candidateId, 0, ExamStatus.WAITING_AUTHORIZATION, allowed, null,
        null, null, null, null, null, List.of(), List.of(),
        List.of(new ExamEvent(ExamEventType.ENTERED, now, null)));
  }

  /** The record of a candidate who never entered, marked absent. */
  public static Exam absent(String sessionId, String candidateId, int extraTimePercentage,
      Instant now) {
    Duration allowed = STANDARD_TIME.multipliedBy(100 + extraTimePercentage).dividedBy(100);
    return new Exam(sessionId, candidateId, 0, ExamStatus.ABSENT, allowed, null, null, null, null,
        null, null, List.of(), List.of(),
        List.of(new ExamEvent(ExamEventType.MARKED_ABSENT, now, null)));
  }

  /**
   * Marks absent a candidate who entered but never started (left the room before the start);
   * a started test can only be ended. Fails with {@code CANNOT_MARK_ABSENT}.
   *
   * @param by who decided, kept in the event log
   */
  public Exam markedAbsent(Instant now, String by) {
    if (status == ExamStatus.ABSENT) {
      return this;
    }
    if (isStarted()) {
      throw DomainException.conflict("CANNOT_MARK_ABSENT", "Le test de ce candidat ou de cette"
          + " candidate a commencé : il ne peut plus être marqué absent, seulement terminé.");
    }
    return inStatus(ExamStatus.ABSENT, now).logged(ExamEventType.MARKED_ABSENT, now, by);
  }


  /**
   * Seconds left at {@code now}, rounded up (a test shows 0 only once it has ended), never
   * negative.
   */
  public long remainingSeconds(Instant now) {
    Duration left = deadline != null ? Duration.between(now, deadline)
        : frozenRemaining != null ? frozenRemaining : allowed;
    return left.isNegative() ? 0 : (left.toMillis() + 999) / 1000;
  }

  /** True once a test was started (it has an engine state). */
  public boolean isStarted() {
    return progress != null;
  }

  /** The engine's encoded {@code TestState} (what a rescoring replays), null before the start. */
  public String testState() {
    return progress == null ? null : progress.encoded();
  }

  /** The open alert of that kind, if any. */
  public Optional<Alert> openAlert(AlertKind kind) {
    return alerts.stream().filter(a -> a.kind() == kind && a.isOpen()).findFirst();
  }

  public List<Alert> openAlerts() {
    return alerts.stream().filter(Alert::isOpen).toList();
  }

  /** The id of the item on screen; null when none is. */
  public String questionOnScreen() {
    return progress == null ? null : progress.currentItemId();
  }

  /** True once that question was answered (or timed out). */
  public boolean isAnswered(String questionId) {
    return answers.stream().anyMatch(a -> a.itemId().equals(questionId));
  }

  // ---- The clock ----

  /** Ends the test when its deadline passed ({@code TIME_UP}); otherwise returns this exam. */
  public Exam expiredAt(Instant now) {
    if (deadline == null || now.isBefore(deadline)) {
      return this;
    }
    return ended(ExamStatus.ENDED_TIME_UP, ExamEventType.TIME_UP, null, TIME_UP_REASON, deadline);
  }

  /**
   * Times out the questions kept on screen past {@code limit}, each in turn, as long as the test
   * runs; a null limit times out nothing. Fails with {@code TEST_DESIGN_CHANGED}.
   */
  public Exam questionsTimedOut(TestDesign design, Duration limit, Instant now) {
    Exam current = this;
    while (limit != null && current.status == ExamStatus.IN_PROGRESS) {
      Instant questionEnd = current.questionShownAt.plus(limit);
      if (questionEnd.isAfter(now) || !questionEnd.isBefore(current.deadline)) {
        break;
      }
      current.requireDesign(design);
      AdaptiveRun test = current.progress.runToChange(design);
      Item item = test.currentItem().orElseThrow();
      current = current.logged(ExamEventType.QUESTION_TIMED_OUT, questionEnd,
              "question " + (current.answers.size() + 1))
          .advanced(test, item, null, Outcome.TIMED_OUT, questionEnd);
    }
    return current;
  }

  // ---- Entry and authorisation ----

  /**
   * The candidate entered again. A test underway stops its clock as of the last sign of activity
   * ({@code lastSeen}: the last heartbeat, may be null) and waits for the invigilator to authorise
   * the resume; a test past its deadline is ended instead.
   */
  public Exam enteredAgain(Instant lastSeen, Instant now) {
    if (status == ExamStatus.ABSENT) {
      // Marked absent, arrives after all: waits for the invigilator like any entrant.
      return inStatus(ExamStatus.WAITING_AUTHORIZATION, now)
          .logged(ExamEventType.ENTERED_AGAIN, now, null);
    }
    Exam current = expiredAt(now).logged(ExamEventType.ENTERED_AGAIN, now, null);
    if (!current.status.isUnderway()) {
      return current;
    }
    return current.inStatus(ExamStatus.WAITING_RESUME, lastSignOfLife(lastSeen, now));
  }

  /**
   * The invigilator confirms presence and lets the candidate start or resume. Authorising twice
   * changes nothing. Fails with {@code CANNOT_AUTHORIZE}, or {@code TIME_UP} (the test ends).
   */
  public Exam authorize(Instant now) {
    Exam current = inTime(now);
    return switch (current.status) {
      case AUTHORIZED -> current;
      case WAITING_AUTHORIZATION, WAITING_RESUME -> current.inStatus(ExamStatus.AUTHORIZED, now)
          .logged(ExamEventType.AUTHORIZED, now, null);
      default -> throw DomainException.conflict("CANNOT_AUTHORIZE",
          "Candidate " + candidateId + " is " + status + ": nothing to authorise");
    };
  }

  // ---- Start, answers ----

  /**
   * Starts an authorised test under {@code design} on the candidate's item pool with a prior
   * (null: the design's own), or resumes it under the design it started with, the clock running
   * again. Starting a test underway changes nothing. Fails with {@code NOT_AUTHORIZED},
   * {@code TEST_ENDED}, {@code TIME_UP} or {@code TEST_DESIGN_CHANGED}.
   */
  public Exam start(TestDesign design, ItemPool pool, Prior prior, Instant now) {
    Exam current = inTime(now);
    if (current.status.isUnderway()) {
      return current;
    }
    current.requireNotEnded();
    current.requireAuthorized();
    if (!current.isStarted()) {
      AdaptiveRun test = design.start(RandomIds.seed(), pool, prior);
      Exam started = current.withTest(DesignVersion.of(design), TestProgress.of(test), now)
          .withLastActivity(now).inStatus(ExamStatus.IN_PROGRESS, now)
          .logged(ExamEventType.STARTED, now, null);
      return test.isFinished() ? started.finished(test, now) : started;
    }
    current.requireDesign(design);
    // The question's own time restarts: how long it was on screen before leaving is not kept.
    Exam resumed = current.withTest(current.design, current.progress, now).withLastActivity(now)
        .logged(ExamEventType.RESUMED, now, null);
    return resumed.inStatus(resumed.underwayStatus(), now);
  }

  /**
   * Records the answer to the question on screen ({@code answer} null: skipped, {@code logged}
   * as kept in the log) and moves to the next one. The same question answered again changes
   * nothing. Fails with {@code STALE_QUESTION}, {@code TIME_UP} (the test ends),
   * {@code TEST_ENDED}, {@code TEST_NOT_IN_PROGRESS}, {@code QUESTION_ALERT_PENDING},
   * {@code EXTENSION_ALERT_PENDING}, {@code TEST_DESIGN_CHANGED}.
   */
  public Exam answer(TestDesign design, String questionId, Answer answer, String logged,
      Instant now) {
    if (isAnswered(questionId)) {
      return expiredAt(now);
    }
    Exam current = inTime(now);
    current.requireAnswerable();
    current.requireDesign(design);
    AdaptiveRun test = current.progress.runToChange(design);
    Item item = test.currentItem().orElseThrow();
    requireOnScreen(item.id(), questionId);
    Outcome outcome = answer == null ? Outcome.SKIPPED
        : item.isCorrect(answer) ? Outcome.CORRECT : Outcome.WRONG;
    return current.advanced(test, item, logged, outcome, now);
  }

  // ---- Alerts ----

  /**
   * The candidate reports a problem with the question on screen; answers wait for the invigilator
   * and the clock stops. Fails with {@code ALERT_ALREADY_OPEN}, {@code STALE_QUESTION} and the
   * codes of {@link #answer} for a test that cannot be answered.
   */
  public Exam raiseQuestionAlert(String questionId, String reason, Instant now) {
    Exam current = inTime(now);
    if (current.openAlert(AlertKind.QUESTION).isPresent()) {
      throw DomainException.conflict("ALERT_ALREADY_OPEN",
          "A problem with this question is already reported; the invigilator is coming");
    }
    current.requireAnswerable();
    requireOnScreen(current.questionOnScreen(), questionId);
    int number = current.answers.size() + 1;
    return current.alerted(Alert.raised(current.nextAlertId(), AlertKind.QUESTION, questionId,
        number, reason, now), "question " + number + (reason == null ? "" : ": " + reason), now);
  }

  /**
   * The exam page no longer hears from the extension: answers are refused until the invigilator
   * confirms it is back. Raising it again while open changes nothing. Fails with
   * {@code TEST_NOT_IN_PROGRESS}, {@code TEST_ENDED} or {@code TIME_UP}.
   */
  public Exam raiseExtensionAlert(Instant now) {
    Exam current = inTime(now);
    current.requireUnderway();
    if (current.openAlert(AlertKind.EXTENSION).isPresent()) {
      return current;
    }
    return current.alerted(Alert.raised(current.nextAlertId(), AlertKind.EXTENSION, null, 0, null,
        now), null, now);
  }

  /**
   * The invigilator decides on an open alert: {@code validate} (the question is neutralised and
   * replaced by one of the same competence, under the test's design) or {@code dismiss} for a
   * question alert, {@code extension-back} for an extension alert. Fails with
   * {@code ALERT_NOT_FOUND}, {@code ALERT_ALREADY_RESOLVED}, {@code INVALID_DECISION},
   * {@code TEST_DESIGN_CHANGED}, {@code TIME_UP}.
   */
  public Exam resolveAlert(TestDesign design, String alertId, String decision, String by,
      Instant now) {
    Exam current = inTime(now);
    Alert alert = current.alerts.stream().filter(a -> a.id().equals(alertId)).findFirst()
        .orElseThrow(() -> DomainException.notFound("ALERT_NOT_FOUND",
            "Candidate " + candidateId + " has no alert " + alertId));
    if (!alert.isOpen()) {
      throw DomainException.conflict("ALERT_ALREADY_RESOLVED",
          "Alert " + alertId + " was already closed (" + alert.decision() + ")");
    }
    if (!alert.fits(decision)) {
      throw DomainException.invalid("INVALID_DECISION", "A " + alert.kind()
          + " alert is resolved with " + (alert.kind() == AlertKind.QUESTION
          ? "'validate' or 'dismiss'" : "'extension-back'") + ", not '" + decision + "'");
    }
    Exam resolved = current.withAlert(alert.resolved(decision, by, now)).logged(
        switch (decision) {
          case Alert.VALIDATE -> ExamEventType.ALERT_VALIDATED;
          case Alert.DISMISS -> ExamEventType.ALERT_DISMISSED;
          default -> ExamEventType.EXTENSION_BACK;
        }, now, alert.questionId() == null ? null : "question " + alert.questionNumber());
    if (decision.equals(Alert.VALIDATE) && !resolved.status.isEnded()) {
      resolved.requireDesign(design);
      AdaptiveRun test = resolved.progress.runToChange(design);
      test.neutraliseCurrent(alert.questionId());
      resolved = resolved.withTest(resolved.design, TestProgress.of(test), now);
      if (test.isFinished()) {
        return resolved.finished(test, now);
      }
    }
    // A candidate waiting to resume keeps waiting; a test underway runs again once no alert holds it.
    return resolved.status.isUnderway() ? resolved.inStatus(resolved.underwayStatus(), now)
        : resolved;
  }

  // ---- Endings ----

  /**
   * The invigilator ends the test, with the reason kept in the event log and on its open alerts.
   * Fails with {@code TEST_ENDED}, or {@code TIME_UP} (the test ends by its time).
   */
  public Exam endByInvigilator(String reason, Instant now) {
    Exam current = inTime(now);
    current.requireNotEnded();
    return current.ended(ExamStatus.ENDED_BY_INVIGILATOR, ExamEventType.ENDED_BY_INVIGILATOR,
        reason, reason, now);
  }

  /** The finalisation closes the room: a test still underway is ended, an ended one kept. */
  public Exam closedByFinalisation(Instant now) {
    Exam current = expiredAt(now);
    if (current.status.isEnded()) {
      return current;
    }
    return current.ended(ExamStatus.ENDED_BY_INVIGILATOR, ExamEventType.ENDED_BY_INVIGILATOR,
        FINALISATION_REASON, FINALISATION_REASON, now);
  }

  /** The extension's count of blocked attempts grew to {@code total}: the event log says so. */
  public Exam blockedAttemptsGrew(int total, Instant now) {
    return logged(ExamEventType.BLOCKED_ATTEMPTS, now, Integer.toString(total));
  }

  /** The same content with another version: used by stores only. */
  public Exam withVersion(long newVersion) {
    return new Exam(sessionId, candidateId, newVersion, status, allowed, deadline, frozenRemaining,
        design, progress, questionShownAt, lastActivityAt, answers, alerts, events);
  }

  // ---- Rules ----

  /** Fails with {@code NOT_AUTHORIZED} unless the invigilator authorised the start or resume. */
  public void requireAuthorized() {
    if (status != ExamStatus.AUTHORIZED) {
      throw DomainException.conflict("NOT_AUTHORIZED",
          "The invigilator has not authorised the start yet");
    }
  }

  /** This exam, when its time has not run out; else fails with the ended exam to record. */
  private Exam inTime(Instant now) {
    Exam current = expiredAt(now);
    if (current != this) {
      throw new EndedMeanwhile(current, timeUp());
    }
    return this;
  }

  private void requireNotEnded() {
    if (status.isEnded()) {
      throw status == ExamStatus.ENDED_TIME_UP ? timeUp()
          : DomainException.conflict("TEST_ENDED", "The test has ended (" + status + ")");
    }
  }

  private void requireUnderway() {
    requireNotEnded();
    if (!status.isUnderway()) {
      throw DomainException.conflict("TEST_NOT_IN_PROGRESS",
          "The test is not in progress (" + status + ")");
    }
  }

  private void requireAnswerable() {
    requireUnderway();
    if (status == ExamStatus.PAUSED_EXTENSION_ALERT) {
      throw DomainException.conflict("EXTENSION_ALERT_PENDING",
          "The extension stopped answering: wait for the invigilator");
    }
    if (status == ExamStatus.PAUSED_QUESTION_ALERT) {
      throw DomainException.conflict("QUESTION_ALERT_PENDING",
          "A problem with the question is reported: wait for the invigilator");
    }
  }

  /**
   * A test continues only under the rules it started with. An exam stored before the design was
   * recorded has none, and continues.
   */
  private void requireDesign(TestDesign current) {
    DesignVersion running = DesignVersion.of(current);
    if (design != null && !design.equals(running)) {
      throw DomainException.conflict("TEST_DESIGN_CHANGED", "Ce test a commencé sous d’autres"
          + " règles (" + design + ") que celles de ce serveur (" + running + ") : il ne peut pas"
          + " continuer ici. Prévenez le surveillant.");
    }
  }

  private static void requireOnScreen(String onScreen, String questionId) {
    if (!questionId.equals(onScreen)) {
      // Names no question: the id a candidate sent may be a bank's item id they should not learn.
      throw DomainException.conflict("STALE_QUESTION",
          "This is not the question on screen: reload the exam");
    }
  }

  private static DomainException timeUp() {
    return DomainException.conflict("TIME_UP", "The time is up: the test has ended");
  }

  /** The status a started test has when nothing else holds it: paused by an open alert, or running. */
  private ExamStatus underwayStatus() {
    if (openAlert(AlertKind.EXTENSION).isPresent()) {
      return ExamStatus.PAUSED_EXTENSION_ALERT;
    }
    if (openAlert(AlertKind.QUESTION).isPresent()) {
      return ExamStatus.PAUSED_QUESTION_ALERT;
    }
    return ExamStatus.IN_PROGRESS;
  }

  /** The last moment the candidate was seen working, never after the deadline nor after now. */
  private Instant lastSignOfLife(Instant lastSeen, Instant now) {
    Instant last = lastActivityAt == null ? now : lastActivityAt;
    if (lastSeen != null && lastSeen.isAfter(last)) {
      last = lastSeen;
    }
    if (deadline != null && last.isAfter(deadline)) {
      last = deadline;
    }
    return last.isAfter(now) ? now : last;
  }

  // ---- Changes ----

  private Exam advanced(AdaptiveRun test, Item item, String value, Outcome outcome, Instant at) {
    int number = answers.size() + 1;
    test.answer(item.id(), outcome);
    List<GivenAnswer> newAnswers = new ArrayList<>(answers);
    newAnswers.add(new GivenAnswer(number, item.id(), value, outcome, at));
    Exam answered = new Exam(sessionId, candidateId, version, status, allowed, deadline,
        frozenRemaining, design, TestProgress.of(test), at, at, newAnswers, alerts, events);
    return test.isFinished() ? answered.finished(test, at) : answered;
  }

  /**
   * A finished test is completed when every question counted; otherwise the candidate's pool ran
   * out (neutralisations, or a bank too small) and the test ends as a technical stop, never a
   * completion, so that the finalisation asks why it stopped.
   */
  private Exam finished(AdaptiveRun test, Instant at) {
    if (test.isComplete()) {
      return completed(at);
    }
    String reason = "no question left in the " + test.pool().name().toLowerCase(Locale.ROOT)
        + " pool for question " + (test.countedAnswers() + 1) + " of " + test.length();
    return ended(ExamStatus.ENDED_TECHNICAL, ExamEventType.TECHNICAL_END, reason, reason, at);
  }

  /** Completed at {@code at}, every question answered: the clock stops. */
  Exam completed(Instant at) {
    return inStatus(ExamStatus.COMPLETED, at).logged(ExamEventType.COMPLETED, at, null);
  }

  /** Ended in that status: the clock stops and open alerts close with {@code alertReason}. */
  private Exam ended(ExamStatus endStatus, ExamEventType event, String detail, String alertReason,
      Instant at) {
    Exam current = this;
    for (Alert alert : openAlerts()) {
      current = current.withAlert(alert.closedByEnd(alertReason, at));
    }
    return current.inStatus(endStatus, at).logged(event, at, detail);
  }

  private Exam alerted(Alert alert, String detail, Instant now) {
    Exam current = withAlert(alert).logged(alert.kind() == AlertKind.QUESTION
        ? ExamEventType.QUESTION_ALERT : ExamEventType.EXTENSION_ALERT, now, detail);
    return current.inStatus(current.underwayStatus(), now);
  }

  /** The same exam in another status, the clock running or stopped as that status requires. */
  private Exam inStatus(ExamStatus newStatus, Instant now) {
    Instant newDeadline = deadline;
    Duration newFrozen = frozenRemaining;
    boolean running = newStatus == ExamStatus.IN_PROGRESS;
    if (running && deadline == null) {
      newDeadline = now.plus(frozenRemaining != null ? frozenRemaining : allowed);
      newFrozen = null;
    } else if (!running && deadline != null) {
      newFrozen = Duration.between(now, deadline);
      newFrozen = newFrozen.isNegative() ? Duration.ZERO : newFrozen;
      newDeadline = null;
    }
    // An ended test keeps its state, not its live run (the bank's and the grid's arrays).
    TestProgress newProgress = progress != null && newStatus.isEnded() ? progress.settled()
        : progress;
    return new Exam(sessionId, candidateId, version, newStatus, allowed, newDeadline, newFrozen,
        design, newProgress, questionShownAt, lastActivityAt, answers, alerts, events);
  }

  private Exam logged(ExamEventType type, Instant at, String detail) {
    List<ExamEvent> newEvents = new ArrayList<>(events);
    newEvents.add(new ExamEvent(type, at, detail));
    return new Exam(sessionId, candidateId, version, status, allowed, deadline, frozenRemaining,
        design, progress, questionShownAt, lastActivityAt, answers, alerts, newEvents);
  }

  private Exam withLastActivity(Instant at) {
    return new Exam(sessionId, candidateId, version, status, allowed, deadline, frozenRemaining,
        design, progress, questionShownAt, at, answers, alerts, events);
  }

  /** The engine state after a change, with the time the question now on screen was served. */
  private Exam withTest(DesignVersion newDesign, TestProgress newProgress,
      Instant newQuestionShownAt) {
    return new Exam(sessionId, candidateId, version, status, allowed, deadline, frozenRemaining,
        newDesign, newProgress, newQuestionShownAt, lastActivityAt, answers, alerts, events);
  }

  /** Adds the alert, or replaces the one with the same id. */
  private Exam withAlert(Alert alert) {
    List<Alert> newAlerts = new ArrayList<>(alerts);
    newAlerts.removeIf(a -> a.id().equals(alert.id()));
    newAlerts.add(alert);
    newAlerts.sort((a, b) -> Integer.compare(Integer.parseInt(a.id()), Integer.parseInt(b.id())));
    return new Exam(sessionId, candidateId, version, status, allowed, deadline, frozenRemaining,
        design, progress, questionShownAt, lastActivityAt, answers, newAlerts, events);
  }

  private String nextAlertId() {
    return Integer.toString(alerts.size() + 1);
  }
}

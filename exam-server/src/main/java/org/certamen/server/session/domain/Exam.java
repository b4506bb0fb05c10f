package org.certamen.server.session.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.certamen.server.shared.DomainException;

/**
 * One candidate's exam: status, clock, the engine's test state, answers, alerts and event log.
 * It is the unit of optimistic concurrency: {@link ExamRepository#save} stores it only when
 * {@code version} is still the stored one, so two servers never both advance the same test.
 *
 * <p>The clock: while {@code deadline} is set the time runs; otherwise {@code frozenRemaining}
 * holds what is left (null before the start, when the full {@code allowed} time remains).
 *
 * @param version 0 for an exam never saved; the store increments it on every save
 * @param allowed the whole time granted, extra time included
 * @param deadline when the time runs out, or null while the clock is stopped
 * @param frozenRemaining time left while the clock is stopped after a start, else null
 * @param testState the engine's encoded {@code TestState}, null before the start
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
    String testState,
    Instant questionShownAt,
    Instant lastActivityAt,
    List<GivenAnswer> answers,
    List<Alert> alerts,
    List<ExamEvent> events) {

  /** The standard exam time before extra time. */
  public static final Duration STANDARD_TIME = Duration.ofMinutes(105);

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
        null, null, null, null, List.of(),
        List.of(), List.of(new ExamEvent(ExamEventType.ENTERED, now, null)));
  }

  /** The record of a candidate who never entered, marked absent. */
  public static Exam absent(String sessionId, String candidateId, int extraTimePercentage,
      Instant now) {
    Duration allowed = STANDARD_TIME.multipliedBy(100 + extraTimePercentage).dividedBy(100);
    return new Exam(sessionId, candidateId, 0, ExamStatus.ABSENT, allowed, null, null, null, null,
        null, List.of(), List.of(), List.of(new ExamEvent(ExamEventType.MARKED_ABSENT, now, null)));
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
    return withStatus(ExamStatus.ABSENT, now).withEvent(ExamEventType.MARKED_ABSENT, now, by);
  }

  /** A candidate marked absent who arrives after all waits for the invigilator like any entrant. */
  public Exam enteredAfterAbsence(Instant now) {
    return withStatus(ExamStatus.WAITING_AUTHORIZATION, now)
        .withEvent(ExamEventType.ENTERED_AGAIN, now, null);
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
    return testState != null;
  }

  /** The open alert of that kind, if any. */
  public Optional<Alert> openAlert(AlertKind kind) {
    return alerts.stream().filter(a -> a.kind() == kind && a.isOpen()).findFirst();
  }

  /** The status a started test has when nothing else holds it: paused by an open alert, or running. */
  public ExamStatus underwayStatus() {
    if (openAlert(AlertKind.EXTENSION).isPresent()) {
      return ExamStatus.PAUSED_EXTENSION_ALERT;
    }
    if (openAlert(AlertKind.QUESTION).isPresent()) {
      return ExamStatus.PAUSED_QUESTION_ALERT;
    }
    return ExamStatus.IN_PROGRESS;
  }

  /** Ends the test when its deadline passed; otherwise returns this exam unchanged. */
  public Exam expiredAt(Instant now) {
    if (deadline == null || now.isBefore(deadline)) {
      return this;
    }
    return new Exam(sessionId, candidateId, version, ExamStatus.ENDED_TIME_UP, allowed, null,
        Duration.ZERO, testState, questionShownAt, lastActivityAt, answers, alerts,
        append(new ExamEvent(ExamEventType.TIME_UP, deadline, null)));
  }

  /**
   * Ends a test the engine can no longer serve: a technical end with its reason, never a
   * completion, so that the finalisation asks why it stopped.
   */
  public Exam endedTechnically(String reason, Instant at) {
    return withStatus(ExamStatus.ENDED_TECHNICAL, at).withEvent(ExamEventType.TECHNICAL_END, at, reason);
  }

  /** The same exam in another status, the clock running or stopped as that status requires. */
  public Exam withStatus(ExamStatus newStatus, Instant now) {
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
    return new Exam(sessionId, candidateId, version, newStatus, allowed, newDeadline, newFrozen,
        testState, questionShownAt, lastActivityAt, answers, alerts, events);
  }

  public Exam withEvent(ExamEventType type, Instant at, String detail) {
    return new Exam(sessionId, candidateId, version, status, allowed, deadline, frozenRemaining,
        testState, questionShownAt, lastActivityAt, answers, alerts,
        append(new ExamEvent(type, at, detail)));
  }

  /** The engine state after a change, with the time the question now on screen was served. */
  public Exam withTestState(String newTestState, Instant newQuestionShownAt) {
    return new Exam(sessionId, candidateId, version, status, allowed, deadline, frozenRemaining,
        newTestState, newQuestionShownAt, lastActivityAt, answers, alerts, events);
  }

  public Exam withAnswer(GivenAnswer answer) {
    List<GivenAnswer> newAnswers = new ArrayList<>(answers);
    newAnswers.add(answer);
    return new Exam(sessionId, candidateId, version, status, allowed, deadline, frozenRemaining,
        testState, questionShownAt, answer.at(), newAnswers, alerts, events);
  }

  /** Adds the alert, or replaces the one with the same id. */
  public Exam withAlert(Alert alert) {
    List<Alert> newAlerts = new ArrayList<>(alerts);
    newAlerts.removeIf(a -> a.id().equals(alert.id()));
    newAlerts.add(alert);
    newAlerts.sort((a, b) -> Integer.compare(Integer.parseInt(a.id()), Integer.parseInt(b.id())));
    return new Exam(sessionId, candidateId, version, status, allowed, deadline, frozenRemaining,
        testState, questionShownAt, lastActivityAt, answers, newAlerts, events);
  }

  public Exam withLastActivity(Instant at) {
    return new Exam(sessionId, candidateId, version, status, allowed, deadline, frozenRemaining,
        testState, questionShownAt, at, answers, alerts, events);
  }

  /** The same content with another version: used by stores only. */
  public Exam withVersion(long newVersion) {
    return new Exam(sessionId, candidateId, newVersion, status, allowed, deadline, frozenRemaining,
        testState, questionShownAt, lastActivityAt, answers, alerts, events);
  }

  /** The id the next alert gets. */
  public String nextAlertId() {
    return Integer.toString(alerts.size() + 1);
  }

  private List<ExamEvent> append(ExamEvent event) {
    List<ExamEvent> newEvents = new ArrayList<>(events);
    newEvents.add(event);
    return newEvents;
  }
}

package org.certamen.server.evaluation.domain;

import io.vertx.core.Future;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.certamen.engine.AdaptiveTest;
import org.certamen.engine.Outcome;
import org.certamen.engine.TestDesign;
import org.certamen.engine.TestState;
import org.certamen.engine.bank.Item;
import org.certamen.engine.bank.ItemPool;
import org.certamen.engine.estimation.Prior;
import org.certamen.server.enrolment.domain.Candidate;
import org.certamen.server.enrolment.domain.EnrolmentService;
import org.certamen.server.session.domain.Alert;
import org.certamen.server.session.domain.AlertKind;
import org.certamen.server.session.domain.Exam;
import org.certamen.server.session.domain.ExamEventType;
import org.certamen.server.session.domain.ExamRepository;
import org.certamen.server.session.domain.ExamStatus;
import org.certamen.server.session.domain.GivenAnswer;
import org.certamen.server.session.domain.RateLimiter;
import org.certamen.server.session.domain.RecentlyOpenSessions;
import org.certamen.server.session.domain.SessionClosure;
import org.certamen.server.shared.Clock;
import org.certamen.server.shared.DomainException;
import org.certamen.server.shared.RandomIds;

/**
 * The adaptive exam of one candidate: start, answers, alerts and their resolution, with the time
 * rules applied on every request from the server's clock. Each change is one compare-and-set of
 * the exam, so an answer is recorded and the test advanced in one atomic step. Futures fail with
 * {@link DomainException}; the codes are listed on each method.
 */
public final class ExamService {
  public static final String VALIDATE = "validate";
  public static final String DISMISS = "dismiss";
  public static final String EXTENSION_BACK = "extension-back";
  /**
   * How long answers take a session to be open without asking the store again. A refused answer
   * asks at once, so a finalised session still answers {@code SESSION_FINALIZED}.
   */
  private static final Duration OPEN_SESSION_MEMORY = Duration.ofSeconds(1);

  private final TestDesign design;
  private final ExamRepository exams;
  private final EnrolmentService enrolment;
  private final AbilityPriors priors;
  private final RateLimiter limiter;
  private final SessionClosure closure;
  /** The closure as answers consult it: remembered open for a moment, asked again on a refusal. */
  private final SessionClosure answeringClosure;
  private final Clock clock;
  private final ExtensionVersion minExtensionVersion;
  private final Duration questionTimeLimit;

  /**
   * @param priors the prior each test starts with, frozen into its state
   * @param minExtensionVersion the oldest extension accepted at the start
   * @param questionTimeLimit time allowed for each question, or null for no per-question limit
   */
  public ExamService(TestDesign design, ExamRepository exams, EnrolmentService enrolment,
      AbilityPriors priors, RateLimiter limiter, SessionClosure closure, Clock clock,
      ExtensionVersion minExtensionVersion, Duration questionTimeLimit) {
    this.design = design;
    this.priors = priors;
    this.closure = closure;
    this.answeringClosure = new RecentlyOpenSessions(closure, clock, OPEN_SESSION_MEMORY);
    this.exams = exams;
    this.enrolment = enrolment;
    this.limiter = limiter;
    this.clock = clock;
    this.minExtensionVersion = minExtensionVersion;
    this.questionTimeLimit = questionTimeLimit;
  }

  /** The oldest extension a start accepts, for pages that check the extension beforehand. */
  public ExtensionVersion minExtensionVersion() {
    return minExtensionVersion;
  }

  /** The exam as the candidate's page must show it now; time rules are applied and saved. */
  public Future<ExamState> current(String sessionId, String candidateId) {
    Instant now = clock.now();
    return exams.update(sessionId, candidateId, exam -> applyTime(exam, now))
        .map(exam -> state(exam, now));
  }

  /**
   * Starts (or resumes) an authorised test, from the accessible items only for a candidate who
   * needs arrangements, with the current {@link AbilityPriors} prior. Fails with {@code EXTENSION_REQUIRED},
   * {@code EXTENSION_OUTDATED}, {@code INVALID_FIELD}, {@code WRONG_ACCESS_CODE},
   * {@code TOO_MANY_ATTEMPTS} (access code failures), {@code NOT_AUTHORIZED}, {@code TEST_ENDED},
   * {@code SESSION_FINALIZED}. Starting a test already underway returns its state.
   */
  public Future<ExamState> start(String sessionId, String candidateId, String accessCode,
      String extensionVersion) {
    if (extensionVersion == null || extensionVersion.isBlank()) {
      return Future.failedFuture(DomainException.forbidden("EXTENSION_REQUIRED",
          "The Certamen browser extension was not detected: install it, then try again"));
    }
    if (ExtensionVersion.parse(extensionVersion, "extensionVersion").isBefore(minExtensionVersion)) {
      return Future.failedFuture(DomainException.forbidden("EXTENSION_OUTDATED",
          "Extension " + extensionVersion + " is too old: version " + minExtensionVersion
              + " or later is required"));
    }
    return closure.requireOpen(sessionId)
        .compose(open -> exams.find(sessionId, candidateId))
        .compose(found -> {
          Exam exam = found.orElseThrow(() -> DomainException.notFound("EXAM_NOT_FOUND",
              "Candidate " + candidateId + " has not entered the exam"));
          if (exam.status().isUnderway() || exam.status().isEnded()) {
            return current(sessionId, candidateId);
          }
          if (exam.status() != ExamStatus.AUTHORIZED) {
            return Future.failedFuture(DomainException.conflict("NOT_AUTHORIZED",
                "The invigilator has not authorised the start yet"));
          }
          return limiter.guard(sessionId, "access-code:" + candidateId,
                  () -> checkAccessCode(sessionId, accessCode),
                  RateLimiter.codes("WRONG_ACCESS_CODE"))
              .compose(ok -> Future.all(enrolment.candidate(sessionId, candidateId),
                  priors.current()))
              .compose(startWith -> {
                Instant now = clock.now();
                ItemPool pool = ItemPool.of(startWith.<Candidate>resultAt(0).needsAccessibility());
                Optional<Prior> prior = startWith.resultAt(1);
                return exams.update(sessionId, candidateId,
                    stored -> begin(stored, pool, prior.orElse(null), now));
              })
              .map(started -> state(started, clock.now()));
        });
  }

  /**
   * Records the answer to the question on screen and moves to the next one, in one atomic save.
   * The same question answered again returns the current state and changes nothing. Fails with
   * {@code STALE_QUESTION}, {@code TIME_UP} (the test is then ended), {@code TEST_ENDED},
   * {@code TEST_NOT_IN_PROGRESS}, {@code QUESTION_ALERT_PENDING}, {@code EXTENSION_ALERT_PENDING},
   * {@code SESSION_FINALIZED}.
   */
  public Future<ExamState> answer(String sessionId, String candidateId, String questionId,
      GivenValue value) {
    Instant now = clock.now();
    return answeringClosure.requireOpen(sessionId)
        .compose(open -> exams.update(sessionId, candidateId,
            stored -> recordAnswer(stored, questionId, value, now)))
        .map(exam -> {
          if (exam.status() == ExamStatus.ENDED_TIME_UP && !isAnswered(exam, questionId)) {
            throw DomainException.conflict("TIME_UP", "The time is up: the test has ended");
          }
          return state(exam, now);
        })
        .recover(refused -> refused instanceof DomainException
            ? closure.requireOpen(sessionId).compose(open -> Future.failedFuture(refused))
            : Future.failedFuture(refused));
  }

  /** The exam with the answer recorded and the next question chosen, or unchanged when repeated. */
  private Exam recordAnswer(Exam stored, String questionId, GivenValue value, Instant now) {
    Exam exam = applyTime(stored, now);
    if (isAnswered(exam, questionId) || exam.status() == ExamStatus.ENDED_TIME_UP) {
      return exam;
    }
    requireAnswerable(exam);
    AdaptiveTest test = design.resume(TestState.decode(exam.testState()));
    Item item = test.currentItem().orElseThrow();
    if (!item.id().equals(questionId)) {
      throw DomainException.conflict("STALE_QUESTION",
          "Question " + questionId + " is not the question on screen: reload the exam");
    }
    Outcome outcome = value.answer() == null ? Outcome.SKIPPED
        : item.isCorrect(value.answer()) ? Outcome.CORRECT : Outcome.WRONG;
    return advance(exam, test, item, value.logged(), outcome, now);
  }

  /**
   * The candidate reports a problem with the question on screen; answers wait for the
   * invigilator. Fails with {@code STALE_QUESTION}, {@code ALERT_ALREADY_OPEN} and the codes of
   * {@link #answer} for a test that cannot be answered.
   */
  public Future<AlertRaised> raiseQuestionAlert(String sessionId, String candidateId,
      String questionId, String reason) {
    Instant now = clock.now();
    return raise(sessionId, candidateId, now, exam -> {
      if (exam.openAlert(AlertKind.QUESTION).isPresent()) {
        throw DomainException.conflict("ALERT_ALREADY_OPEN",
            "A problem with this question is already reported; the invigilator is coming");
      }
      requireAnswerable(exam);
      Item item = questionOnScreen(exam).orElseThrow();
      if (!item.id().equals(questionId)) {
        throw DomainException.conflict("STALE_QUESTION",
            "Question " + questionId + " is not the question on screen: reload the exam");
      }
      int number = exam.answers().size() + 1;
      return new Alert(exam.nextAlertId(), AlertKind.QUESTION, questionId, number, reason, now,
          null, null);
    });
  }

  /**
   * The exam page no longer hears from the extension: answers are refused until the invigilator
   * confirms it is back. Raising it again while open returns the open alert. Fails with
   * {@code TEST_NOT_IN_PROGRESS} or {@code TEST_ENDED}.
   */
  public Future<AlertRaised> raiseExtensionAlert(String sessionId, String candidateId) {
    Instant now = clock.now();
    return raise(sessionId, candidateId, now, exam -> {
      requireUnderway(exam);
      return exam.openAlert(AlertKind.EXTENSION).orElseGet(() ->
          new Alert(exam.nextAlertId(), AlertKind.EXTENSION, null, 0, null, now, null, null));
    });
  }

  /**
   * The invigilator decides on an alert: {@code validate} (the question is neutralised and
   * replaced by one of the same competence) or {@code dismiss} for a question alert,
   * {@code extension-back} for an extension alert. Fails with {@code ALERT_NOT_FOUND},
   * {@code ALERT_ALREADY_RESOLVED}, {@code INVALID_DECISION}.
   */
  public Future<Exam> resolveAlert(String sessionId, String candidateId, String alertId,
      String decision) {
    Instant now = clock.now();
    return exams.update(sessionId, candidateId, stored -> {
      Exam exam = applyTime(stored, now);
      Alert alert = exam.alerts().stream().filter(a -> a.id().equals(alertId)).findFirst()
          .orElseThrow(() -> DomainException.notFound("ALERT_NOT_FOUND",
              "Candidate " + candidateId + " has no alert " + alertId));
      if (!alert.isOpen()) {
        throw DomainException.conflict("ALERT_ALREADY_RESOLVED",
            "Alert " + alertId + " was already resolved (" + alert.decision() + ")");
      }
      boolean fits = alert.kind() == AlertKind.QUESTION
          ? decision.equals(VALIDATE) || decision.equals(DISMISS)
          : decision.equals(EXTENSION_BACK);
      if (!fits) {
        throw DomainException.invalid("INVALID_DECISION", "A " + alert.kind()
            + " alert is resolved with " + (alert.kind() == AlertKind.QUESTION
            ? "'validate' or 'dismiss'" : "'extension-back'") + ", not '" + decision + "'");
      }
      Exam resolved = exam.withAlert(alert.resolved(decision, now)).withEvent(
          switch (decision) {
            case VALIDATE -> ExamEventType.ALERT_VALIDATED;
            case DISMISS -> ExamEventType.ALERT_DISMISSED;
            default -> ExamEventType.EXTENSION_BACK;
          }, now, alert.questionId() == null ? null : "question " + alert.questionNumber());
      if (decision.equals(VALIDATE) && !exam.status().isEnded()) {
        AdaptiveTest test = design.resume(TestState.decode(exam.testState()));
        test.neutraliseCurrent(alert.questionId());
        resolved = resolved.withTestState(test.state().encode(), now);
        if (test.isFinished()) {
          return ended(resolved, test, now);
        }
      }
      return resolved.status().isUnderway()
          ? resolved.withStatus(resolved.underwayStatus(), now) : resolved;
    });
  }

  /** An alert just raised, and the exam state the page now shows. */
  public record AlertRaised(Alert alert, ExamState state) {
  }

  private Future<AlertRaised> raise(String sessionId, String candidateId, Instant now,
      Function<Exam, Alert> alertOf) {
    Alert[] raised = new Alert[1];
    return exams.update(sessionId, candidateId, stored -> {
      // A change may be applied again on a fresher exam: only the last application counts.
      raised[0] = null;
      Exam exam = applyTime(stored, now);
      if (exam.status().isEnded()) {
        return exam;
      }
      Alert alert = alertOf.apply(exam);
      raised[0] = alert;
      if (exam.alerts().contains(alert)) {
        return exam;
      }
      Exam alerted = exam.withAlert(alert).withEvent(alert.kind() == AlertKind.QUESTION
              ? ExamEventType.QUESTION_ALERT : ExamEventType.EXTENSION_ALERT, now,
          alert.kind() == AlertKind.QUESTION ? questionDetail(alert) : null);
      return alerted.withStatus(alerted.underwayStatus(), now);
    }).map(exam -> {
      if (raised[0] == null) {
        throw testEnded(exam);
      }
      return new AlertRaised(raised[0], state(exam, now));
    });
  }

  private static String questionDetail(Alert alert) {
    return "question " + alert.questionNumber()
        + (alert.reason() == null ? "" : ": " + alert.reason());
  }

  private Future<Void> checkAccessCode(String sessionId, String accessCode) {
    return enrolment.session(sessionId).compose(session ->
        accessCode != null && session.accessCode().equalsIgnoreCase(accessCode.strip())
            ? Future.succeededFuture()
            : Future.failedFuture(DomainException.forbidden("WRONG_ACCESS_CODE",
                "This is not the access code of the session: ask the invigilator")));
  }

  private Exam begin(Exam exam, ItemPool pool, Prior prior, Instant now) {
    if (exam.status() != ExamStatus.AUTHORIZED) {
      return exam;
    }
    if (!exam.isStarted()) {
      AdaptiveTest test = design.start(RandomIds.seed(), pool, prior);
      Exam started = exam.withTestState(test.state().encode(), now).withLastActivity(now)
          .withStatus(ExamStatus.IN_PROGRESS, now).withEvent(ExamEventType.STARTED, now, null);
      return test.isFinished() ? ended(started, test, now) : started;
    }
    // The question's own time restarts: how long it was on screen before leaving is not kept.
    Exam resumed = exam.withTestState(exam.testState(), now).withLastActivity(now)
        .withEvent(ExamEventType.RESUMED, now, null);
    return resumed.withStatus(resumed.underwayStatus(), now);
  }

  /** Ends the test at its deadline, and times out questions kept past their own limit. */
  private Exam applyTime(Exam exam, Instant now) {
    Exam current = exam;
    while (questionTimeLimit != null && current.status() == ExamStatus.IN_PROGRESS) {
      Instant questionEnd = current.questionShownAt().plus(questionTimeLimit);
      if (questionEnd.isAfter(now) || !questionEnd.isBefore(current.deadline())) {
        break;
      }
      AdaptiveTest test = design.resume(TestState.decode(current.testState()));
      Item item = test.currentItem().orElseThrow();
      current = advance(current.withEvent(ExamEventType.QUESTION_TIMED_OUT, questionEnd,
          "question " + (current.answers().size() + 1)), test, item, null, Outcome.TIMED_OUT,
          questionEnd);
    }
    return current.expiredAt(now);
  }

  private Exam advance(Exam exam, AdaptiveTest test, Item item, String value, Outcome outcome,
      Instant at) {
    int number = exam.answers().size() + 1;
    test.answer(item.id(), outcome);
    Exam answered = exam.withAnswer(new GivenAnswer(number, item.id(), value, outcome, at))
        .withTestState(test.state().encode(), at);
    return test.isFinished() ? ended(answered, test, at) : answered;
  }

  /**
   * A finished test is completed when every question counted; otherwise the candidate's pool ran
   * out (neutralisations, or a bank too small) and the test ends as a technical stop.
   */
  private Exam ended(Exam exam, AdaptiveTest test, Instant at) {
    if (test.isComplete()) {
      return exam.withStatus(ExamStatus.COMPLETED, at).withEvent(ExamEventType.COMPLETED, at, null);
    }
    return exam.endedTechnically("no question left in the " + test.pool().name().toLowerCase(
        Locale.ROOT) + " pool for question " + (test.countedAnswers() + 1) + " of "
        + test.length(), at);
  }

  private static boolean isAnswered(Exam exam, String questionId) {
    return exam.answers().stream().anyMatch(a -> a.itemId().equals(questionId));
  }

  private static void requireUnderway(Exam exam) {
    if (exam.status().isEnded()) {
      throw testEnded(exam);
    }
    if (!exam.status().isUnderway()) {
      throw DomainException.conflict("TEST_NOT_IN_PROGRESS",
          "The test is not in progress (" + exam.status() + ")");
    }
  }

  private static void requireAnswerable(Exam exam) {
    requireUnderway(exam);
    if (exam.status() == ExamStatus.PAUSED_EXTENSION_ALERT) {
      throw DomainException.conflict("EXTENSION_ALERT_PENDING",
          "The extension stopped answering: wait for the invigilator");
    }
    if (exam.status() == ExamStatus.PAUSED_QUESTION_ALERT) {
      throw DomainException.conflict("QUESTION_ALERT_PENDING",
          "A problem with the question is reported: wait for the invigilator");
    }
  }

  private static DomainException testEnded(Exam exam) {
    return exam.status() == ExamStatus.ENDED_TIME_UP
        ? DomainException.conflict("TIME_UP", "The time is up: the test has ended")
        : DomainException.conflict("TEST_ENDED", "The test has ended (" + exam.status() + ")");
  }

  private ExamState state(Exam exam, Instant now) {
    Optional<Item> question = exam.status() == ExamStatus.IN_PROGRESS
        ? questionOnScreen(exam) : Optional.empty();
    int index = exam.status().isUnderway() ? exam.answers().size() + 1 : exam.answers().size();
    return new ExamState(exam.status(), Math.min(index, design.length()), design.length(),
        exam.remainingSeconds(now), question.orElse(null), exam.isStarted());
  }

  /** The item on screen, read from the stored state without replaying the test. */
  private Optional<Item> questionOnScreen(Exam exam) {
    String itemId = TestState.decode(exam.testState()).currentItemId();
    return itemId == null ? Optional.empty() : design.bank().find(itemId);
  }
}

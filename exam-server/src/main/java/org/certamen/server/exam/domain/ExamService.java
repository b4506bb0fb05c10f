package org.certamen.server.exam.domain;

import io.vertx.core.Future;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.certamen.engine.TestDesign;
import org.certamen.engine.bank.Item;
import org.certamen.engine.bank.ItemPool;
import org.certamen.engine.estimation.Prior;
import org.certamen.server.planning.domain.Candidate;
import org.certamen.server.planning.domain.EnrolmentService;
import org.certamen.server.planning.domain.SessionClosure;
import org.certamen.server.exam.domain.Alert;
import org.certamen.server.exam.domain.AlertKind;
import org.certamen.server.exam.domain.Exam;
import org.certamen.server.exam.domain.ExamRepository;
import org.certamen.server.exam.domain.ExamStatus;
import org.certamen.server.limits.domain.RateLimiter;
import org.certamen.server.exam.domain.RecentlyOpenSessions;
import org.certamen.server.shared.DomainException;

/**
 * The adaptive exam of one candidate: start, answers, alerts and their resolution, with the time
 * rules applied on every request from the server's clock. Each change is one compare-and-set of
 * the exam, so an answer is recorded and the test advanced in one atomic step. Futures fail with
 * {@link DomainException}; the codes are listed on each method.
 */
public final class ExamService {
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
    Instant now = clock.instant();
    return onClock(sessionId, candidateId, now).map(exam -> state(exam, now));
  }

  /**
   * Starts (or resumes) an authorised test, from the accessible items only for a candidate who
   * needs arrangements, with the current {@link AbilityPriors} prior. Fails with {@code EXTENSION_REQUIRED},
   * {@code EXTENSION_OUTDATED}, {@code INVALID_FIELD}, {@code WRONG_ACCESS_CODE},
   * {@code TOO_MANY_ATTEMPTS} (access code failures), {@code SESSION_FINALIZED} and the codes of
   * {@link Exam#start}. Starting a test underway or ended returns its state.
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
    Instant asked = clock.instant();
    return closure.requireOpen(sessionId)
        .compose(open -> onClock(sessionId, candidateId, asked))
        .compose(exam -> {
          if (exam.status().isUnderway() || exam.status().isEnded()) {
            return Future.succeededFuture(state(exam, asked));
          }
          // Checked first, so that a code is never tried before the invigilator's authorisation.
          exam.requireAuthorized();
          return limiter.guard(sessionId, "access-code:" + candidateId,
                  () -> checkAccessCode(sessionId, accessCode),
                  RateLimiter.codes("WRONG_ACCESS_CODE"))
              .compose(ok -> Future.all(enrolment.candidate(sessionId, candidateId),
                  priors.current()))
              .compose(startWith -> {
                Instant now = clock.instant();
                ItemPool pool = ItemPool.of(startWith.<Candidate>resultAt(0).needsAccessibility());
                Optional<Prior> prior = startWith.resultAt(1);
                return exams.update(sessionId, candidateId,
                    stored -> stored.start(design, pool, prior.orElse(null), now))
                    .map(started -> state(started, now));
              });
        });
  }

  /**
   * Records the answer to the question on screen and moves to the next one, in one atomic save.
   * The same question answered again returns the current state and changes nothing. Fails with
   * {@code SESSION_FINALIZED} and the codes of {@link Exam#answer}.
   */
  public Future<ExamState> answer(String sessionId, String candidateId, String questionId,
      GivenValue value) {
    Instant now = clock.instant();
    return answeringClosure.requireOpen(sessionId)
        .compose(open -> exams.update(sessionId, candidateId, exam -> timedOut(exam, now)
            .answer(design, questionId, value.answer(), value.logged(), now)))
        .map(exam -> state(exam, now))
        .recover(refused -> refused instanceof DomainException
            ? closure.requireOpen(sessionId).compose(open -> Future.failedFuture(refused))
            : Future.failedFuture(refused));
  }

  /**
   * The candidate reports a problem with the question on screen; answers wait for the
   * invigilator. Fails with {@code SESSION_FINALIZED} and the codes of
   * {@link Exam#raiseQuestionAlert}.
   */
  public Future<AlertRaised> raiseQuestionAlert(String sessionId, String candidateId,
      String questionId, String reason) {
    Instant now = clock.instant();
    return closure.requireOpen(sessionId).compose(open -> exams.update(sessionId, candidateId,
            exam -> timedOut(exam, now).raiseQuestionAlert(questionId, reason, now)))
        .map(exam -> raised(exam, AlertKind.QUESTION, now));
  }

  /**
   * The exam page no longer hears from the extension: answers are refused until the invigilator
   * confirms it is back. Raising it again while open returns the open alert. Fails with
   * {@code SESSION_FINALIZED} and the codes of {@link Exam#raiseExtensionAlert}.
   */
  public Future<AlertRaised> raiseExtensionAlert(String sessionId, String candidateId) {
    Instant now = clock.instant();
    return closure.requireOpen(sessionId).compose(open -> exams.update(sessionId, candidateId,
            exam -> timedOut(exam, now).raiseExtensionAlert(now)))
        .map(exam -> raised(exam, AlertKind.EXTENSION, now));
  }

  /**
   * The invigilator (or whoever {@code by} names) decides on an alert. Fails with {@code SESSION_FINALIZED} and the codes of
   * {@link Exam#resolveAlert}.
   */
  public Future<Exam> resolveAlert(String sessionId, String candidateId, String alertId,
      String decision, String by) {
    Instant now = clock.instant();
    return closure.requireOpen(sessionId).compose(open -> exams.update(sessionId, candidateId,
        exam -> exam.resolveAlert(design, alertId, decision, by, now)));
  }

  /** An alert just raised, and the exam state the page now shows. */
  public record AlertRaised(Alert alert, ExamState state) {
  }

  private AlertRaised raised(Exam exam, AlertKind kind, Instant now) {
    return new AlertRaised(exam.openAlert(kind).orElseThrow(), state(exam, now));
  }

  private Future<Void> checkAccessCode(String sessionId, String accessCode) {
    return enrolment.session(sessionId).compose(session ->
        accessCode != null && session.accessCode().equalsIgnoreCase(accessCode.strip())
            ? Future.succeededFuture()
            : Future.failedFuture(DomainException.forbidden("WRONG_ACCESS_CODE",
                "This is not the access code of the session: ask the invigilator")));
  }

  /** The stored exam with the time rules applied (and saved) at {@code now}. */
  private Future<Exam> onClock(String sessionId, String candidateId, Instant now) {
    return exams.update(sessionId, candidateId, exam -> timedOut(exam, now).expiredAt(now));
  }

  /** The exam with the questions kept on screen too long timed out. */
  private Exam timedOut(Exam exam, Instant now) {
    return exam.questionsTimedOut(design, questionTimeLimit, now);
  }

  private ExamState state(Exam exam, Instant now) {
    Optional<Item> question = exam.status() == ExamStatus.IN_PROGRESS
        ? questionOnScreen(exam) : Optional.empty();
    int index = exam.status().isUnderway() ? exam.answers().size() + 1 : exam.answers().size();
    return new ExamState(exam.status(), Math.min(index, design.length()), design.length(),
        exam.remainingSeconds(now), question.orElse(null), exam.isStarted());
  }

  /**
   * The questions the candidate answered (or skipped, or let time out), by the number they saw,
   * with the bank's item (for staff: never for the candidate); {@code EXAM_NOT_FOUND} when the
   * candidate never entered.
   */
  public Future<List<SeenQuestion>> questionsSeen(String sessionId, String candidateId) {
    return exams.find(sessionId, candidateId).map(found -> found
        .orElseThrow(() -> DomainException.notFound("EXAM_NOT_FOUND",
            "Aucun test de ce candidat ou de cette candidate dans cette session."))
        .answers().stream()
        .map(answer -> new SeenQuestion(answer.questionNumber(),
            design.bank().find(answer.itemId()).orElse(null), answer.itemId()))
        .toList());
  }

  /** A question a candidate saw; {@code item} is null if the bank no longer has it. */
  public record SeenQuestion(int number, Item item, String itemId) {
  }

  /** The item on screen, read from the stored state without replaying the test. */
  private Optional<Item> questionOnScreen(Exam exam) {
    return Optional.ofNullable(exam.questionOnScreen()).flatMap(design.bank()::find);
  }
}

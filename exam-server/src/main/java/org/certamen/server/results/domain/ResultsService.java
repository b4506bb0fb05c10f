package org.certamen.server.results.domain;

import io.vertx.core.Future;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.certamen.engine.scoring.TestResult;
import org.certamen.server.planning.domain.Candidate;
import org.certamen.server.planning.domain.EnrolmentService;
import org.certamen.server.planning.domain.Session;
import org.certamen.server.exam.domain.Alert;
import org.certamen.server.exam.domain.AlertKind;
import org.certamen.server.exam.domain.Exam;
import org.certamen.server.exam.domain.ExamRepository;
import org.certamen.server.exam.domain.ExamStatus;
import org.certamen.server.limits.domain.RateLimiter;
import org.certamen.server.shared.DomainException;
import org.certamen.server.shared.ErrorKind;
import org.certamen.server.shared.FieldError;
import org.certamen.server.shared.RandomIds;
import org.certamen.server.shared.SessionStage;

/**
 * What happens after the exam: the centre finalises the session (which closes it and scores every
 * test; alerts left open must be in its report), staff review and correct results as a jury, then
 * publish them; anyone can check a certificate by its code. Futures fail with {@link DomainException}: {@code SESSION_NOT_FOUND},
 * {@code CANDIDATE_NOT_FOUND}, {@code FINALIZATION_INCOMPLETE} (with every problem listed),
 * {@code SESSION_ALREADY_FINALIZED}, {@code SESSION_NOT_FINALIZED},
 * {@code SESSION_ALREADY_PUBLISHED}, {@code RESULTS_PUBLISHED}, {@code RESULTS_NOT_PUBLISHED},
 * {@code RESULT_NOT_FOUND}, {@code INVALID_FIELD}, {@code QUESTION_NOT_ANSWERED},
 * {@code QUESTION_ALREADY_NEUTRALIZED}, {@code CONCURRENT_UPDATE},
 * {@code CERTIFICATE_NOT_FOUND}, {@code TOO_MANY_ATTEMPTS}.
 */
public final class ResultsService {
  /** Review reasons of {@link WaitingSession}. */
  public static final String FRAUD = "FRAUD";
  public static final String GLOBAL_COMMENT = "GLOBAL_COMMENT";
  public static final String UNRESOLVED_IN_QUESTION_INCIDENT = "UNRESOLVED_IN_QUESTION_INCIDENT";
  /** An alert nobody resolved: the test's end or the finalisation closed it. */
  public static final String UNRESOLVED_ALERT = "UNRESOLVED_ALERT";
  /** A test the bank could not serve to its end ({@code ENDED_TECHNICAL}). */
  public static final String TECHNICAL_END = "TECHNICAL_END";
  /** Longest incident description accepted. */
  public static final int MAX_DESCRIPTION_LENGTH = 500;
  /** The rate-limit scope of certificate checks, which belong to no session. */
  static final String CERTIFICATE_SCOPE = "certificates";
  private static final int CODE_ATTEMPTS = 5;

  private final EnrolmentService enrolment;
  private final ExamRepository exams;
  private final ResultRepository results;
  private final ResultScoring scoring;
  private final RateLimiter limiter;
  private final Clock clock;
  private final int questionCount;

  public ResultsService(EnrolmentService enrolment, ExamRepository exams, ResultRepository results,
      ResultScoring scoring, RateLimiter limiter, Clock clock, int questionCount) {
    this.enrolment = enrolment;
    this.exams = exams;
    this.results = results;
    this.scoring = scoring;
    this.limiter = limiter;
    this.clock = clock;
    this.questionCount = questionCount;
  }

  /** Where a session stands: planned, underway, finalised or published. */
  public SessionStage.Lookup stages() {
    return sessionId -> results.findFinalization(sessionId).compose(found -> found.isPresent()
        ? Future.succeededFuture(found.get().isPublished() ? SessionStage.PUBLISHED
            : SessionStage.FINALIZED)
        : exams.listBySession(sessionId).map(all -> all.isEmpty() ? SessionStage.PLANNED
            : SessionStage.UNDERWAY));
  }

  /**
   * Finalises a session with its incident report: checks the whole report (failing with
   * {@code FINALIZATION_INCOMPLETE} listing every problem, nothing changed), closes the session,
   * marks absent the candidates who never started, ends the tests still running and scores every
   * started test as version 1 of its result.
   *
   * @param actor {@code staff} or {@code invigilator}
   */
  public Future<Finalization> finalize(String sessionId, FinalizationReport report, String actor) {
    Instant now = clock.instant();
    return enrolment.session(sessionId)
        .compose(session -> results.findFinalization(sessionId))
        .compose(existing -> {
          if (existing.isPresent()) {
            return Future.failedFuture(alreadyFinalized(sessionId));
          }
          return Future.all(enrolment.candidates(sessionId), exams.listBySession(sessionId));
        })
        .compose(all -> {
          List<Candidate> candidates = all.resultAt(0);
          List<Exam> started = all.<List<Exam>>resultAt(1).stream().filter(Exam::isStarted)
              .map(exam -> exam.expiredAt(now)).toList();
          Finalization finalization = check(sessionId, report, candidates, started, now, actor);
          return results.saveFinalization(finalization).compose(saved -> saved
              ? markAbsent(candidates, now)
                  .compose(marked -> completeScoring(finalization)).map(finalization)
              : Future.failedFuture(alreadyFinalized(sessionId)));
        });
  }

  /**
   * Marks absent, as of the finalisation, every candidate who never started: the session is closed,
   * so nobody enters any more.
   */
  private Future<Void> markAbsent(List<Candidate> candidates, Instant now) {
    return Future.all(candidates.stream().map(candidate -> exams.find(candidate.sessionId(),
            candidate.id()).compose(found -> {
          if (found.isEmpty()) {
            return exams.save(Exam.absent(candidate.sessionId(), candidate.id(),
                candidate.extraTimePercentage(), now)).recover(failure ->
                ExamRepository.isConcurrentUpdate(failure) ? Future.succeededFuture() : Future.failedFuture(failure));
          }
          return found.get().isStarted() ? Future.succeededFuture()
              : exams.update(candidate.sessionId(), candidate.id(), exam -> exam.isStarted()
                  ? exam : exam.markedAbsent(now, "session finalised"));
        })).toList()).mapEmpty();
  }

  /** Applies a jury action to a candidate's result, as a new version; only before publication. */
  public Future<CertificationResult> applyJuryAction(String sessionId, String candidateId,
      JuryAction action, String author) {
    return juryAction(sessionId, candidateId, action, author, true);
  }

  /** The version a jury action would produce, stored nowhere: what the jury sees before confirming. */
  public Future<CertificationResult> previewJuryAction(String sessionId, String candidateId,
      JuryAction action, String author) {
    return juryAction(sessionId, candidateId, action, author, false);
  }

  private Future<CertificationResult> juryAction(String sessionId, String candidateId,
      JuryAction action, String author, boolean store) {
    Instant now = clock.instant();
    return finalized(sessionId)
        .compose(finalization -> {
          if (finalization.isPublished()) {
            return Future.failedFuture(published(sessionId));
          }
          return enrolment.candidate(sessionId, candidateId);
        })
        .compose(candidate -> results.history(sessionId))
        .compose(history -> {
          CertificationResult current = currentResults(history).get(candidateId);
          if (current == null) {
            return Future.failedFuture(DomainException.notFound("RESULT_NOT_FOUND",
                "Candidate " + candidateId + " has no result: the test was never started"));
          }
          ResultBasis basis = changedBasis(current.basis(), action);
          CertificationResult next = scoring.score(sessionId, candidateId, basis,
              new Revision(current.version() + 1, action.kind().apiName(), author, now));
          if (!store) {
            return Future.succeededFuture(next);
          }
          return results.append(next).map(outcome -> switch (outcome) {
            case STORED -> next;
            case PUBLISHED -> throw published(sessionId);
            case CONFLICT -> throw DomainException.conflict(ExamRepository.CONCURRENT_UPDATE,
                "The result of candidate " + candidateId + " changed meanwhile: reload it");
          });
        });
  }

  /** Publishes a finalised session's results, which are then frozen. */
  public Future<Finalization> publish(String sessionId, String by) {
    Instant now = clock.instant();
    return finalized(sessionId).compose(finalization -> completeScoring(finalization)
        .compose(scored -> results.publish(sessionId, now, by))
        .map(done -> {
          if (!done) {
            throw DomainException.conflict("SESSION_ALREADY_PUBLISHED",
                "The results of session " + sessionId + " are already published");
          }
          return finalization.published(now, by);
        }));
  }

  /** Finalised sessions waiting for publication, oldest first, with why a person must review them. */
  public Future<List<WaitingSession>> waitingSessions() {
    return results.listFinalizations().compose(all -> {
      List<Future<WaitingSession>> waiting = all.stream()
          .filter(finalization -> !finalization.isPublished())
          .map(finalization -> completeScoring(finalization).compose(scored -> waiting(finalization)))
          .toList();
      return Future.all(waiting).map(done -> waiting.stream().map(Future::result).toList());
    });
  }

  /**
   * The current results of a finalised session. Staff see them at once; the centre (its
   * invigilator) once published, else {@code RESULTS_NOT_PUBLISHED}.
   */
  public Future<SessionResults> results(String sessionId, boolean staff) {
    return enrolment.session(sessionId).compose(session -> finalized(sessionId)
        .compose(finalization -> {
          if (!staff && !finalization.isPublished()) {
            return Future.failedFuture(DomainException.forbidden("RESULTS_NOT_PUBLISHED",
                "The results of session " + sessionId + " are not published yet"));
          }
          Future<Void> scored = finalization.isPublished() ? Future.succeededFuture()
              : completeScoring(finalization);
          return scored.compose(done -> Future.all(enrolment.candidates(sessionId),
                  results.history(sessionId)))
              .map(all -> {
                Map<String, CertificationResult> current = currentResults(all.resultAt(1));
                List<Candidate> candidates = all.resultAt(0);
                List<CandidateResult> lines = candidates.stream()
                    .filter(candidate -> current.containsKey(candidate.id()))
                    .map(candidate -> new CandidateResult(candidate, current.get(candidate.id())))
                    .toList();
                List<Candidate> absent = candidates.stream()
                    .filter(candidate -> !current.containsKey(candidate.id())).toList();
                return new SessionResults(session, finalization, lines, absent);
              });
        }));
  }

  /** Every version of a candidate's result, oldest first. */
  public Future<List<CertificationResult>> versions(String sessionId, String candidateId) {
    return finalized(sessionId)
        .compose(finalization -> enrolment.candidate(sessionId, candidateId))
        .compose(candidate -> results.history(sessionId))
        .map(history -> history.stream().filter(r -> r.candidateId().equals(candidateId)).toList());
  }

  /**
   * What a verification code certifies: only a published, validated result. Any other code fails
   * with {@code CERTIFICATE_NOT_FOUND}, whatever the reason, and counts towards the caller's
   * rate limit.
   */
  public Future<Certificate> certificate(String verificationCode, String clientAddress) {
    String code = verificationCode.strip().toUpperCase(Locale.ROOT);
    return limiter.guard(CERTIFICATE_SCOPE, "certificate:" + clientAddress, () -> lookUp(code),
        RateLimiter.codes("CERTIFICATE_NOT_FOUND"));
  }

  private Future<Certificate> lookUp(String code) {
    DomainException notFound = DomainException.notFound("CERTIFICATE_NOT_FOUND",
        "No published certificate has the code " + code);
    return results.findCertificate(code).compose(found -> {
      if (found.isEmpty()) {
        return Future.failedFuture(notFound);
      }
      String sessionId = found.get().sessionId();
      String candidateId = found.get().candidateId();
      return results(sessionId, false).recover(failure -> Future.failedFuture(notFound))
          .map(all -> {
            CandidateResult line = all.results().stream()
                .filter(r -> r.candidate().id().equals(candidateId) && r.result().isValidated())
                .findFirst().orElseThrow(() -> notFound);
            Candidate candidate = line.candidate();
            TestResult scored = line.result().scoring();
            return new Certificate(code, candidate.firstName(), candidate.lastName(),
                candidate.birthdate(), all.session().date(), all.session().centre(),
                scored.score(), scored.globalLevel(), scored.competenceLevels());
          });
    });
  }

  /** A finalised session's report and publication; fails with {@code SESSION_NOT_FINALIZED}. */
  public Future<Finalization> finalization(String sessionId) {
    return finalized(sessionId);
  }

  private Future<Finalization> finalized(String sessionId) {
    return enrolment.session(sessionId).compose(session -> results.findFinalization(sessionId))
        .map(found -> found.orElseThrow(() -> DomainException.conflict("SESSION_NOT_FINALIZED",
            "Session " + sessionId + " is not finalised yet")));
  }

  private Future<WaitingSession> waiting(Finalization finalization) {
    String sessionId = finalization.sessionId();
    return Future.all(enrolment.session(sessionId), results.history(sessionId),
        exams.listBySession(sessionId)).map(all -> {
      Map<String, CertificationResult> current = currentResults(all.resultAt(1));
      List<String> reasons = new ArrayList<>();
      if (all.<List<Exam>>resultAt(2).stream()
          .anyMatch(exam -> exam.status() == ExamStatus.ENDED_TECHNICAL)) {
        reasons.add(TECHNICAL_END);
      }
      if (finalization.incidents().stream().anyMatch(i -> i.category() == IncidentCategory.FRAUD)) {
        reasons.add(FRAUD);
      }
      if (finalization.comment() != null && !finalization.comment().isBlank()) {
        reasons.add(GLOBAL_COMMENT);
      }
      if (finalization.incidents().stream().anyMatch(i -> isUnresolved(i, current))) {
        reasons.add(UNRESOLVED_IN_QUESTION_INCIDENT);
      }
      if (all.<List<Exam>>resultAt(2).stream()
          .anyMatch(exam -> exam.alerts().stream().anyMatch(Alert::isUnresolved))) {
        reasons.add(UNRESOLVED_ALERT);
      }
      Session session = all.resultAt(0);
      return new WaitingSession(session.centre(), session.date(), finalization, current.size(),
          reasons);
    });
  }

  /** An in-question incident stays open until the jury acted on that candidate's result. */
  private static boolean isUnresolved(Incident incident,
      Map<String, CertificationResult> current) {
    if (incident.category() != IncidentCategory.IN_QUESTION) {
      return false;
    }
    CertificationResult result = current.get(incident.candidateId());
    return result != null && result.version() == 1;
  }

  private ResultBasis changedBasis(ResultBasis basis, JuryAction action) {
    String forCandidate = action.commentForCandidate() != null
        ? action.commentForCandidate() : basis.commentForCandidate();
    String forOrganization = action.commentForOrganization() != null
        ? action.commentForOrganization() : basis.commentForOrganization();
    return switch (action.kind()) {
      case NEUTRALIZE -> {
        Integer number = action.questionNumber();
        if (number == null) {
          throw DomainException.invalid("INVALID_FIELD",
              "Field 'questionNumber' is required to neutralise a question");
        }
        if (number < 1 || number > basis.answeredQuestions()) {
          throw DomainException.invalid("QUESTION_NOT_ANSWERED", "The candidate answered questions 1 to "
              + basis.answeredQuestions() + ", not " + number);
        }
        if (basis.neutralizedQuestions().contains(number)) {
          throw DomainException.conflict("QUESTION_ALREADY_NEUTRALIZED",
              "Question " + number + " is already neutralised for this candidate");
        }
        List<Integer> numbers = new ArrayList<>(basis.neutralizedQuestions());
        numbers.add(number);
        yield basis.withNeutralizedQuestions(numbers, forCandidate, forOrganization);
      }
      case CANCEL, REJECT -> {
        List<FieldError> errors = new ArrayList<>();
        if (forCandidate == null || forCandidate.isBlank()) {
          errors.add(new FieldError("commentForCandidate", "is required to " + action.kind().apiName()));
        }
        if (forOrganization == null || forOrganization.isBlank()) {
          errors.add(new FieldError("commentForOrganization", "is required to " + action.kind().apiName()));
        }
        if (!errors.isEmpty()) {
          throw new DomainException(ErrorKind.INVALID_INPUT, "INVALID_FIELD",
              "A " + action.kind().apiName() + " needs a comment for the candidate and one for the school",
              errors);
        }
        yield basis.withJuryDecision(action.kind() == JuryAction.Kind.CANCEL
            ? JuryDecision.CANCEL : JuryDecision.REJECT, forCandidate, forOrganization);
      }
      case RESCORE -> basis.withJuryDecision(null, forCandidate, forOrganization);
    };
  }

  private Finalization check(String sessionId, FinalizationReport report,
      List<Candidate> candidates, List<Exam> started, Instant now, String actor) {
    Map<String, Candidate> byId = candidates.stream()
        .collect(Collectors.toMap(Candidate::id, Function.identity()));
    List<FieldError> errors = new ArrayList<>();
    if (report.comment() != null && report.comment().length() > Finalization.MAX_COMMENT_LENGTH) {
      errors.add(new FieldError("comment", "must be at most " + Finalization.MAX_COMMENT_LENGTH
          + " characters (it has " + report.comment().length() + ")"));
    }
    List<Incident> incidents = new ArrayList<>();
    for (int i = 0; i < report.incidents().size(); i++) {
      checkIncident(report.incidents().get(i), "incidents[" + i + "].", byId, errors)
          .ifPresent(incidents::add);
    }
    Map<String, AbortReason> reasons = new LinkedHashMap<>();
    report.abortReasons().forEach((candidateId, text) -> {
      String field = "abortReasons." + candidateId;
      Optional<AbortReason> reason = AbortReason.fromApiName(text);
      if (!byId.containsKey(candidateId)) {
        errors.add(new FieldError(field, "is not a candidate of session " + sessionId));
      } else if (reason.isEmpty()) {
        errors.add(new FieldError(field, "must be 'candidate' or 'technical'"));
      } else {
        reasons.put(candidateId, reason.get());
      }
    });
    for (Exam exam : started) {
      ExamStatus status = exam.status();
      if (isUnfinished(status) && !report.abortReasons().containsKey(exam.candidateId())) {
        Candidate candidate = byId.get(exam.candidateId());
        errors.add(new FieldError("abortReasons." + exam.candidateId(), "the test of "
            + candidate.firstName() + " " + candidate.lastName() + " did not reach its last question ("
            + status + "): say whether it stopped because of the candidate or a technical problem"));
      }
      exam.openAlerts().stream().filter(alert -> !isReported(alert, exam, report))
          .forEach(alert -> errors.add(unreportedAlert(exam, alert, byId.get(exam.candidateId()))));
    }
    if (!errors.isEmpty()) {
      throw new DomainException(ErrorKind.INVALID_INPUT, "FINALIZATION_INCOMPLETE",
          "The finalisation of session " + sessionId + " is incomplete: " + errors.size()
              + " problem(s), listed in 'errors'", errors);
    }
    // A reported incident is an incident, whatever the box said.
    return new Finalization(sessionId, now, actor, report.comment(),
        report.hasIncident() || !incidents.isEmpty(), report.hasJoiningIssue(), incidents, reasons,
        null, null);
  }

  private Optional<Incident> checkIncident(FinalizationReport.ReportedIncident reported,
      String prefix, Map<String, Candidate> byId, List<FieldError> errors) {
    int before = errors.size();
    if (reported.candidateId() == null || reported.candidateId().isBlank()) {
      errors.add(new FieldError(prefix + "candidateId", "is required"));
    } else if (!byId.containsKey(reported.candidateId())) {
      errors.add(new FieldError(prefix + "candidateId",
          "'" + reported.candidateId() + "' is not a candidate of this session"));
    }
    IncidentCategory category = Arrays.stream(IncidentCategory.values())
        .filter(c -> c.name().equals(reported.category())).findFirst().orElse(null);
    if (category == null) {
      errors.add(new FieldError(prefix + "category", reported.category() == null ? "is required"
          : "must be one of " + Arrays.toString(IncidentCategory.values())));
    }
    Integer number = reported.questionNumber();
    if (category == IncidentCategory.IN_QUESTION
        && (number == null || number < 1 || number > questionCount)) {
      errors.add(new FieldError(prefix + "questionNumber", "an IN_QUESTION incident needs the"
          + " number of the question, between 1 and " + questionCount));
    }
    if (reported.description() == null || reported.description().isBlank()) {
      errors.add(new FieldError(prefix + "description", "is required"));
    } else if (reported.description().length() > MAX_DESCRIPTION_LENGTH) {
      errors.add(new FieldError(prefix + "description",
          "must be at most " + MAX_DESCRIPTION_LENGTH + " characters"));
    }
    if (errors.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new Incident(reported.candidateId(), category,
        category == IncidentCategory.IN_QUESTION ? number : null, reported.description()));
  }

  /**
   * An alert still open at the finalisation must be in the report: an incident of its candidate,
   * on its question for a question alert.
   */
  private static boolean isReported(Alert alert, Exam exam, FinalizationReport report) {
    return report.incidents().stream().anyMatch(incident ->
        exam.candidateId().equals(incident.candidateId())
            && (alert.kind() != AlertKind.QUESTION
                || IncidentCategory.IN_QUESTION.name().equals(incident.category())
                    && Integer.valueOf(alert.questionNumber()).equals(incident.questionNumber())));
  }

  private static FieldError unreportedAlert(Exam exam, Alert alert, Candidate candidate) {
    String what = alert.kind() == AlertKind.QUESTION
        ? "L’alerte de " + candidate.firstName() + " " + candidate.lastName() + " sur la question "
            + alert.questionNumber() + " n’a pas été traitée : résolvez-la, ou signalez-la comme"
            + " incident « problème sur une question » avec le numéro " + alert.questionNumber()
        : "L’alerte « extension inactive » de " + candidate.firstName() + " "
            + candidate.lastName() + " n’a pas été traitée : résolvez-la, ou signalez-la comme"
            + " incident pour ce candidat";
    return new FieldError("alerts." + exam.candidateId() + "." + alert.id(), what + ".");
  }

  /** Started, and stopped (or still running) before the last question and before the time ran out. */
  private static boolean isUnfinished(ExamStatus status) {
    return status != ExamStatus.COMPLETED && status != ExamStatus.ENDED_TIME_UP;
  }

  /**
   * Scores every started test of a finalised session that has no result yet. Finalisation closes
   * the session, then scores; run again by staff's reads and by publication, this finishes the
   * job after a crash in between, on whichever server: a first result another server stored
   * first is kept. Exams are read once closed, so a test started while the report was checked is
   * scored too.
   */
  private Future<Void> completeScoring(Finalization finalization) {
    String sessionId = finalization.sessionId();
    return Future.all(exams.listBySession(sessionId), results.history(sessionId)).compose(all -> {
      Set<String> scored = all.<List<CertificationResult>>resultAt(1).stream()
          .map(CertificationResult::candidateId).collect(Collectors.toSet());
      return Future.all(all.<List<Exam>>resultAt(0).stream()
          .filter(exam -> exam.isStarted() && !scored.contains(exam.candidateId()))
          .map(exam -> endTest(exam, finalization.finalizedAt())
              .compose(ended -> scoreFirst(finalization, ended)))
          .toList()).mapEmpty();
    });
  }

  /** Ends a test still running: the finalisation closes the room. */
  private Future<Exam> endTest(Exam exam, Instant now) {
    return exams.update(exam.sessionId(), exam.candidateId(),
        stored -> stored.closedByFinalisation(now));
  }

  /** Stores version 1 of a candidate's result, unless another server stored one first. */
  private Future<Void> scoreFirst(Finalization finalization, Exam exam) {
    String candidateId = exam.candidateId();
    TestEnding ending = switch (exam.status()) {
      case COMPLETED -> TestEnding.COMPLETED;
      case ENDED_TIME_UP -> TestEnding.TIME_UP;
      // A test started after the report was checked has no reason: the benefit of the doubt.
      default -> TestEnding.of(finalization.abortReasons()
          .getOrDefault(candidateId, AbortReason.TECHNICAL));
    };
    return registeredCode(finalization.sessionId(), candidateId, CODE_ATTEMPTS).compose(code -> {
      ResultBasis basis = new ResultBasis(scoring.scoredState(exam.testState(), ending),
          scoring.answeredQuestions(exam.testState()), ending,
          finalization.reportsFraudBy(candidateId), null, List.of(), null, null, code);
      CertificationResult first = scoring.score(finalization.sessionId(), candidateId, basis,
          new Revision(1, "finalization", finalization.finalizedBy(), clock.instant()));
      return results.append(first).mapEmpty();
    });
  }

  /** A fresh verification code, registered for the candidate. */
  private Future<String> registeredCode(String sessionId, String candidateId, int attemptsLeft) {
    String code = newVerificationCode();
    return results.registerCertificate(code, sessionId, candidateId).compose(free -> {
      if (free) {
        return Future.succeededFuture(code);
      }
      if (attemptsLeft <= 1) {
        return Future.failedFuture(new IllegalStateException("No free verification code found"));
      }
      return registeredCode(sessionId, candidateId, attemptsLeft - 1);
    });
  }

  /** {@code P-XXXX-XXXX-XXXX}: 12 characters of 32 symbols, 60 random bits, no look-alikes. */
  static String newVerificationCode() {
    String random = RandomIds.code(12);
    return "P-" + random.substring(0, 4) + "-" + random.substring(4, 8) + "-" + random.substring(8);
  }

  /** The latest version of each candidate's result. */
  private static Map<String, CertificationResult> currentResults(List<CertificationResult> history) {
    Map<String, CertificationResult> current = new LinkedHashMap<>();
    history.forEach(result -> current.merge(result.candidateId(), result,
        (a, b) -> a.version() >= b.version() ? a : b));
    return current;
  }

  private static DomainException alreadyFinalized(String sessionId) {
    return DomainException.conflict("SESSION_ALREADY_FINALIZED",
        "Session " + sessionId + " is already finalised");
  }

  private static DomainException published(String sessionId) {
    return DomainException.conflict("RESULTS_PUBLISHED",
        "The results of session " + sessionId + " are published and can no longer change");
  }
}

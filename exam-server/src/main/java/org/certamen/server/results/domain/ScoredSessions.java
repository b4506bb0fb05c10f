package org.certamen.server.results.domain;

import io.vertx.core.Future;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.certamen.server.exam.domain.Exam;
import org.certamen.server.exam.domain.ExamRepository;
import org.certamen.server.planning.domain.Candidate;
import org.certamen.server.planning.domain.EnrolmentService;
import org.certamen.server.shared.DomainException;
import org.certamen.server.shared.RandomIds;

/**
 * A finalised session's results, which the use cases after the exam read: every started test
 * scored (version 1 of its result) before anyone reads them. Futures fail with
 * {@link DomainException}: {@code SESSION_NOT_FOUND}, {@code SESSION_NOT_FINALIZED},
 * {@code RESULTS_NOT_PUBLISHED}.
 */
public record ScoredSessions(EnrolmentService enrolment, ExamRepository exams,
    ResultRepository results, ResultScoring scoring, Clock clock) {
  private static final int CODE_ATTEMPTS = 5;

  /** A finalised session's report and publication; fails with {@code SESSION_NOT_FINALIZED}. */
  public Future<Finalization> finalized(String sessionId) {
    return enrolment.session(sessionId).compose(session -> results.findFinalization(sessionId))
        .map(found -> found.orElseThrow(() -> DomainException.conflict("SESSION_NOT_FINALIZED",
            "Session " + sessionId + " is not finalised yet")));
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
                Map<String, CertificationResult> current = current(all.resultAt(1));
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

  /**
   * Scores every started test of a finalised session that has no result yet. Finalisation closes
   * the session, then scores; run again by staff's reads and by publication, this finishes the
   * job after a crash in between, on whichever server: a first result another server stored
   * first is kept. Exams are read once closed, so a test started while the report was checked is
   * scored too.
   */
  Future<Void> completeScoring(Finalization finalization) {
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

  /** The latest version of each candidate's result. */
  static Map<String, CertificationResult> current(List<CertificationResult> history) {
    Map<String, CertificationResult> current = new LinkedHashMap<>();
    history.forEach(result -> current.merge(result.candidateId(), result,
        (a, b) -> a.version() >= b.version() ? a : b));
    return current;
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
}

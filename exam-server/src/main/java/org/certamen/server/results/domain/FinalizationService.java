package org.certamen.server.results.domain;

import io.vertx.core.Future;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.certamen.server.exam.domain.Exam;
import org.certamen.server.exam.domain.ExamRepository;
import org.certamen.server.planning.domain.Candidate;
import org.certamen.server.planning.domain.EnrolmentService;
import org.certamen.server.shared.DomainException;
import org.certamen.server.shared.SessionStage;

/**
 * The centre finalises a session: that closes it and scores every test; alerts left open must be
 * in its report. Futures fail with {@link DomainException}: {@code SESSION_NOT_FOUND},
 * {@code FINALIZATION_INCOMPLETE} (with every problem listed), {@code SESSION_ALREADY_FINALIZED}.
 */
public record FinalizationService(EnrolmentService enrolment, ExamRepository exams,
    ResultRepository results, ScoredSessions sessions, Clock clock, int questionCount) {
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
          Finalization finalization = new FinalizationCheck(questionCount)
              .check(sessionId, report, candidates, started, now, actor);
          return results.saveFinalization(finalization).compose(saved -> saved
              ? markAbsent(candidates, now)
                  .compose(marked -> sessions.completeScoring(finalization)).map(finalization)
              : Future.failedFuture(alreadyFinalized(sessionId)));
        });
  }

  /** A finalised session's report and publication; fails with {@code SESSION_NOT_FINALIZED}. */
  public Future<Finalization> finalization(String sessionId) {
    return sessions.finalized(sessionId);
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

  private static DomainException alreadyFinalized(String sessionId) {
    return DomainException.conflict("SESSION_ALREADY_FINALIZED",
        "Session " + sessionId + " is already finalised");
  }
}

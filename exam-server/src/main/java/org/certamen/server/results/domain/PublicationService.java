package org.certamen.server.results.domain;

import io.vertx.core.Future;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.certamen.server.exam.domain.Alert;
import org.certamen.server.exam.domain.Exam;
import org.certamen.server.exam.domain.ExamRepository;
import org.certamen.server.exam.domain.ExamStatus;
import org.certamen.server.planning.domain.EnrolmentService;
import org.certamen.server.planning.domain.Session;
import org.certamen.server.shared.DomainException;

/**
 * Staff publish finalised sessions' results, which are then frozen; the queue says which sessions
 * a person must review first. Futures fail with {@link DomainException}:
 * {@code SESSION_NOT_FOUND}, {@code SESSION_NOT_FINALIZED}, {@code SESSION_ALREADY_PUBLISHED}.
 */
public record PublicationService(EnrolmentService enrolment, ExamRepository exams,
    ResultRepository results, ScoredSessions sessions, Clock clock) {
  /** Review reasons of {@link WaitingSession}. */
  public static final String FRAUD = "FRAUD";
  public static final String GLOBAL_COMMENT = "GLOBAL_COMMENT";
  public static final String UNRESOLVED_IN_QUESTION_INCIDENT = "UNRESOLVED_IN_QUESTION_INCIDENT";
  /** An alert nobody resolved: the test's end or the finalisation closed it. */
  public static final String UNRESOLVED_ALERT = "UNRESOLVED_ALERT";
  /** A test the bank could not serve to its end ({@code ENDED_TECHNICAL}). */
  public static final String TECHNICAL_END = "TECHNICAL_END";

  /** Publishes a finalised session's results, which are then frozen. */
  public Future<Finalization> publish(String sessionId, String by) {
    Instant now = clock.instant();
    return sessions.finalized(sessionId).compose(finalization -> sessions.completeScoring(finalization)
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
          .map(finalization -> sessions.completeScoring(finalization)
              .compose(scored -> waiting(finalization)))
          .toList();
      return Future.all(waiting).map(done -> waiting.stream().map(Future::result).toList());
    });
  }

  private Future<WaitingSession> waiting(Finalization finalization) {
    String sessionId = finalization.sessionId();
    return Future.all(enrolment.session(sessionId), results.history(sessionId),
        exams.listBySession(sessionId)).map(all -> {
      Map<String, CertificationResult> current = ScoredSessions.current(all.resultAt(1));
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
}

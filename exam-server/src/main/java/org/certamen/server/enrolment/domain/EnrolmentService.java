package org.certamen.server.enrolment.domain;

import io.vertx.core.Future;
import java.time.LocalDate;
import java.util.List;
import org.certamen.server.shared.DomainException;
import org.certamen.server.shared.PasswordHash;
import org.certamen.server.shared.RandomIds;
import org.certamen.server.shared.TextFolding;

/**
 * Plans sessions, enrols candidates and finds them again. Futures fail with
 * {@link DomainException}: {@code SESSION_NOT_FOUND}, {@code CANDIDATE_NOT_FOUND},
 * {@code CANDIDATE_AMBIGUOUS}, {@code INVALID_FIELD}.
 */
public final class EnrolmentService {
  static final int SESSION_ID_DIGITS = 6;
  static final int ACCESS_CODE_LENGTH = 6;
  static final int PASSWORD_LENGTH = 10;
  private static final int CREATE_ATTEMPTS = 20;

  private final SessionRepository sessions;
  private final CandidateRepository candidates;
  private final SessionClosure closure;

  public EnrolmentService(SessionRepository sessions, CandidateRepository candidates,
      SessionClosure closure) {
    this.sessions = sessions;
    this.candidates = candidates;
    this.closure = closure;
  }

  /** Creates a session with a fresh number, access code and invigilator password. */
  public Future<PlannedSession> plan(SessionPlan plan) {
    return plan(plan, CREATE_ATTEMPTS);
  }

  private Future<PlannedSession> plan(SessionPlan plan, int attemptsLeft) {
    String password = RandomIds.code(PASSWORD_LENGTH);
    Session session = new Session(RandomIds.digits(SESSION_ID_DIGITS), plan.centre(),
        plan.address(), plan.room(), plan.examiner(), plan.date(), plan.time(),
        RandomIds.code(ACCESS_CODE_LENGTH), PasswordHash.of(password));
    return sessions.create(session).compose(created -> {
      if (created) {
        return Future.succeededFuture(new PlannedSession(session, password));
      }
      if (attemptsLeft <= 1) {
        return Future.failedFuture(new IllegalStateException("No free session number found"));
      }
      return plan(plan, attemptsLeft - 1);
    });
  }

  /** The session; fails with {@code SESSION_NOT_FOUND}. */
  public Future<Session> session(String sessionId) {
    return sessions.find(sessionId).map(found -> found.orElseThrow(() ->
        DomainException.notFound("SESSION_NOT_FOUND", "No session " + sessionId)));
  }

  /**
   * Enrols a candidate; fails with {@code SESSION_NOT_FOUND}, {@code INVALID_FIELD} or
   * {@code SESSION_FINALIZED}.
   */
  public Future<Candidate> enrol(String sessionId, Enrolment enrolment) {
    if (enrolment.extraTimePercentage() < 0
        || enrolment.extraTimePercentage() > Enrolment.MAX_EXTRA_TIME_PERCENTAGE) {
      return Future.failedFuture(DomainException.invalid("INVALID_FIELD",
          "Field 'extraTimePercentage' must be between 0 and " + Enrolment.MAX_EXTRA_TIME_PERCENTAGE));
    }
    return session(sessionId).compose(session -> closure.requireOpen(sessionId)).compose(open -> {
      Candidate candidate = new Candidate(RandomIds.code(8), sessionId, enrolment.lastName(),
          enrolment.firstName(), enrolment.birthdate(), enrolment.division(),
          enrolment.externalId(), enrolment.extraTimePercentage(), enrolment.needsAccessibility(),
          enrolment.profile());
      return candidates.add(candidate).map(candidate);
    });
  }

  /** Candidates of a session in enrolment order; fails with {@code SESSION_NOT_FOUND}. */
  public Future<List<Candidate>> candidates(String sessionId) {
    return session(sessionId).compose(session -> candidates.listBySession(sessionId));
  }

  /** One candidate; fails with {@code CANDIDATE_NOT_FOUND}. */
  public Future<Candidate> candidate(String sessionId, String candidateId) {
    return candidates.find(sessionId, candidateId).map(found -> found.orElseThrow(() ->
        DomainException.notFound("CANDIDATE_NOT_FOUND",
            "No candidate " + candidateId + " in session " + sessionId)));
  }

  /**
   * The one candidate of the session with this identity, names compared without accents, case,
   * hyphens or extra spaces. Fails with {@code SESSION_NOT_FOUND}, {@code CANDIDATE_NOT_FOUND}
   * (nobody matches) or {@code CANDIDATE_AMBIGUOUS} (several do).
   */
  public Future<Candidate> identify(String sessionId, String lastName, String firstName,
      LocalDate birthdate) {
    String last = TextFolding.fold(lastName);
    String first = TextFolding.fold(firstName);
    return candidates(sessionId).map(all -> {
      List<Candidate> matches = all.stream()
          .filter(c -> c.birthdate().equals(birthdate)
              && TextFolding.fold(c.lastName()).equals(last)
              && TextFolding.fold(c.firstName()).equals(first))
          .toList();
      if (matches.isEmpty()) {
        throw DomainException.notFound("CANDIDATE_NOT_FOUND",
            "Nobody with this name and birth date is enrolled in session " + sessionId);
      }
      if (matches.size() > 1) {
        throw DomainException.conflict("CANDIDATE_AMBIGUOUS",
            "Several candidates of session " + sessionId + " have this identity: ask the invigilator");
      }
      return matches.get(0);
    });
  }
}

package org.certamen.server.exam.domain;

import org.certamen.server.limits.domain.RateLimiter;

import io.vertx.core.Future;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.certamen.server.planning.domain.Candidate;
import org.certamen.server.planning.domain.EnrolmentService;
import org.certamen.server.planning.domain.Session;
import org.certamen.server.planning.domain.SessionClosure;
import org.certamen.server.shared.DomainException;
import org.certamen.server.shared.ErrorKind;
import org.certamen.server.shared.PasswordHash;
import org.certamen.server.shared.RandomIds;
import org.certamen.server.shared.TextFolding;

/**
 * Lets candidates and invigilators in and recognises their tokens. Futures fail with
 * {@link DomainException}: those of {@link EnrolmentService#identify}, {@code WRONG_PASSWORD},
 * {@code TOO_MANY_ATTEMPTS}, {@code MISSING_TOKEN}, {@code INVALID_TOKEN}.
 */
public final class AccessService {
  public static final Duration CANDIDATE_TOKEN_TTL = Duration.ofHours(4);
  public static final Duration INVIGILATOR_TOKEN_TTL = Duration.ofHours(12);
  /** Rate-limit scope of unknown session numbers, which span sessions. */
  private static final String SESSION_NUMBERS_SCOPE = "session-numbers";

  private final EnrolmentService enrolment;
  private final ExamRepository exams;
  private final PresenceRepository presence;
  private final TokenRepository tokens;
  private final RateLimiter limiter;
  private final SessionClosure closure;
  private final EntryGate gate;
  private final Clock clock;

  public AccessService(EnrolmentService enrolment, ExamRepository exams,
      PresenceRepository presence, TokenRepository tokens, RateLimiter limiter,
      SessionClosure closure, EntryGate gate, Clock clock) {
    this.enrolment = enrolment;
    this.closure = closure;
    this.gate = gate;
    this.exams = exams;
    this.presence = presence;
    this.tokens = tokens;
    this.limiter = limiter;
    this.clock = clock;
  }

  /**
   * A candidate enters the session with their identity. The first entry waits for authorisation;
   * entering again during a started test stops its clock as of the last sign of activity and waits
   * for the invigilator to authorise the resume. Failures are rate-limited per client address and
   * last name, unknown session numbers per client address. A finalised session refuses entries
   * with {@code SESSION_FINALIZED}; the gate may refuse the candidate ({@code NOT_CERTIFIABLE}).
   */
  public Future<CandidateEntry> enterAsCandidate(String sessionId, String lastName,
      String firstName, LocalDate birthdate, String clientAddress) {
    // Keyed by name too: pupils behind one school address do not block each other by typos.
    return knownSession(sessionId, clientAddress)
        .compose(session -> limiter.guard(sessionId,
            "identity:" + clientAddress + ":" + TextFolding.fold(lastName),
            () -> enrolment.identify(sessionId, lastName, firstName, birthdate),
            RateLimiter.codes("CANDIDATE_NOT_FOUND")))
        .compose(candidate -> closure.requireOpen(sessionId)
            .compose(open -> gate.admit(candidate))
            .compose(admitted -> enter(candidate))
            .compose(exam -> issue(Role.CANDIDATE, sessionId, candidate.id(), CANDIDATE_TOKEN_TTL)
                .map(token -> new CandidateEntry(token, exam, candidate))));
  }

  /**
   * The invigilator opens the session's supervision; failures are rate-limited per client address,
   * unknown session numbers too.
   */
  public Future<AccessToken> loginInvigilator(String sessionId, String password,
      String clientAddress) {
    return knownSession(sessionId, clientAddress).compose(session -> limiter.guard(sessionId,
        "password:" + clientAddress,
        () -> PasswordHash.matches(password, session.invigilatorPasswordHash())
            ? issue(Role.INVIGILATOR, sessionId, null, INVIGILATOR_TOKEN_TTL)
            : Future.failedFuture(DomainException.forbidden("WRONG_PASSWORD",
                "This is not the invigilator password of session " + sessionId)),
        RateLimiter.codes("WRONG_PASSWORD")));
  }

  /**
   * The session, with unknown numbers counted per client address across sessions, so that
   * numbers cannot be enumerated from one address.
   */
  private Future<Session> knownSession(String sessionId, String clientAddress) {
    return limiter.guardLookup(SESSION_NUMBERS_SCOPE, "unknown-session:" + clientAddress,
        () -> enrolment.session(sessionId), RateLimiter.codes("SESSION_NOT_FOUND"));
  }

  /** The live token of that value; fails with {@code INVALID_TOKEN} when unknown or expired. */
  public Future<AccessToken> authenticate(String value) {
    return tokens.find(value).map(found -> found
        .filter(token -> !token.isExpiredAt(clock.instant()))
        .orElseThrow(() -> new DomainException(ErrorKind.UNAUTHENTICATED, "INVALID_TOKEN",
            "The token is unknown or expired: enter the session again")));
  }

  private Future<Exam> enter(Candidate candidate) {
    Instant now = clock.instant();
    return exams.find(candidate.sessionId(), candidate.id()).compose(found -> found.isEmpty()
        ? exams.save(Exam.entered(candidate.sessionId(), candidate.id(),
            candidate.extraTimePercentage(), now)).recover(failure -> ExamRepository.isConcurrentUpdate(failure)
                ? enterAgain(candidate, now) : Future.failedFuture(failure))
        : enterAgain(candidate, now));
  }

  private Future<Exam> enterAgain(Candidate candidate, Instant now) {
    return presence.find(candidate.sessionId(), candidate.id()).compose(heartbeat ->
        exams.update(candidate.sessionId(), candidate.id(), exam ->
            exam.enteredAgain(heartbeat.map(Heartbeat::at).orElse(null), now)));
  }

  private Future<AccessToken> issue(Role role, String sessionId, String candidateId, Duration ttl) {
    AccessToken token = new AccessToken(sessionId + "." + RandomIds.tokenSecret(), role,
        sessionId, candidateId, clock.instant().plus(ttl));
    return tokens.save(token).map(token);
  }
}

package org.certamen.server.planning.domain;

import io.vertx.core.Future;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.certamen.server.shared.DomainException;
import org.certamen.server.shared.PasswordHash;
import org.certamen.server.shared.RandomIds;

/**
 * Plans sessions, enrols candidates and finds them again. Futures fail with
 * {@link DomainException}: {@code SESSION_NOT_FOUND}, {@code CANDIDATE_NOT_FOUND},
 * {@code CANDIDATE_AMBIGUOUS}, {@code INVALID_FIELD}, {@code INVALID_SESSION_DATE},
 * {@code CANDIDATE_ENTERED}, {@code SESSION_STARTED}.
 *
 * @param zone where the sessions take place, which says what "today" is
 */
public record EnrolmentService(SessionRepository sessions, CandidateRepository candidates,
    EnteredCandidates entered, SessionClosure closure, Clock clock, ZoneId zone) {
  /** The code of an enrolment refused for an identity another candidate of the session has. */
  public static final String IDENTITY_TAKEN = "IDENTITY_TAKEN";
  /** The code of an enrolment beyond 20 candidates per invigilator. */
  public static final String SESSION_FULL = "SESSION_FULL";
  static final int SESSION_ID_DIGITS = 6;
  static final int ACCESS_CODE_LENGTH = 6;
  static final int PASSWORD_LENGTH = 10;
  private static final int CREATE_ATTEMPTS = 20;

  /**
   * Creates a session with a fresh number, access code and invigilator password; fails with
   * {@code INVALID_SESSION_DATE} for a date in the past or more than a year ahead.
   */
  public Future<PlannedSession> plan(SessionPlan plan) {
    try {
      check(plan);
    } catch (DomainException e) {
      return Future.failedFuture(e);
    }
    return plan(plan, CREATE_ATTEMPTS);
  }

  private Future<PlannedSession> plan(SessionPlan plan, int attemptsLeft) {
    String password = RandomIds.code(PASSWORD_LENGTH);
    Session session = new Session(RandomIds.digits(SESSION_ID_DIGITS), plan.centre(),
        plan.address(), plan.room(), plan.examiner(), plan.date(), plan.time(),
        RandomIds.code(ACCESS_CODE_LENGTH), PasswordHash.of(password), plan.invigilatorCount());
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

  /** The session, or empty when there is none (any more). */
  public Future<Optional<Session>> findSession(String sessionId) {
    return sessions.find(sessionId);
  }

  /**
   * Plans the session otherwise (same number, codes and candidates) until a candidate entered;
   * fails with {@code SESSION_NOT_FOUND}, {@code INVALID_SESSION_DATE} or {@code SESSION_STARTED}.
   */
  public Future<Session> changeSession(String sessionId, UnaryOperator<SessionPlan> change) {
    return unstartedSession(sessionId).compose(session -> {
      SessionPlan plan = change.apply(session.plan());
      check(plan);
      Session changed = session.with(plan);
      return candidates.listBySession(sessionId).compose(enrolled -> {
        if (enrolled.size() > changed.capacity()) {
          return Future.failedFuture(DomainException.conflict(SESSION_FULL, enrolled.size()
              + " candidats sont inscrits : il faut au moins "
              + invigilatorsFor(enrolled.size()) + " surveillants (un pour "
              + Session.CANDIDATES_PER_INVIGILATOR + " élèves au maximum)."));
        }
        return sessions.replace(changed).map(changed);
      });
    });
  }

  /**
   * Deletes the session and its enrolments until a candidate entered; fails with
   * {@code SESSION_NOT_FOUND} or {@code SESSION_STARTED}.
   */
  public Future<Void> deleteSession(String sessionId) {
    return unstartedSession(sessionId)
        .compose(session -> sessions.delete(sessionId))
        .compose(deleted -> candidates.removeAll(sessionId));
  }

  private Future<Session> unstartedSession(String sessionId) {
    return session(sessionId).compose(session -> entered.of(sessionId).map(ids -> {
      if (!ids.isEmpty()) {
        throw DomainException.conflict("SESSION_STARTED", "Des personnes inscrites sont déjà entrées dans"
            + " la session " + sessionId + " : elle ne peut plus être modifiée ni supprimée.");
      }
      return session;
    }));
  }

  /**
   * Enrols a candidate; fails with {@code SESSION_NOT_FOUND}, {@code INVALID_FIELD},
   * {@code SESSION_FINALIZED}, or {@code IDENTITY_TAKEN} when a candidate of the session has the
   * same identity as candidates type it at entry (names folded, same birth date): neither could
   * then enter.
   */
  public Future<Candidate> enrol(String sessionId, Enrolment enrolment) {
    return enrolAll(sessionId, List.of(enrolment)).map(enrolled -> enrolled.get(0));
  }

  /**
   * Enrols candidates together, in order, or none of them; fails like {@link #enrol}, and with
   * {@code SESSION_FULL} when they would take the session beyond
   * {@value Session#CANDIDATES_PER_INVIGILATOR} candidates per invigilator.
   */
  public Future<List<Candidate>> enrolAll(String sessionId, List<Enrolment> enrolments) {
    Optional<DomainException> invalid = enrolments.stream().map(EnrolmentService::invalid)
        .flatMap(Optional::stream).findFirst();
    if (invalid.isPresent()) {
      return Future.failedFuture(invalid.get());
    }
    return closure.requireOpen(sessionId).compose(open -> requireRoom(sessionId, enrolments.size()))
        .compose(enrolled -> {
          List<Candidate> all = new ArrayList<>(enrolled);
          List<Candidate> added = new ArrayList<>();
          for (Enrolment enrolment : enrolments) {
            if (all.stream().anyMatch(other -> other.hasIdentity(enrolment.lastName(),
                enrolment.firstName(), enrolment.birthdate()))) {
              return Future.failedFuture(DomainException.conflict(IDENTITY_TAKEN,
                  "Un candidat de cette session a déjà le nom, le prénom et la date de naissance de "
                      + enrolment.firstName() + " " + enrolment.lastName() + " (aux accents,"
                      + " majuscules et tirets près) : les deux ne pourraient pas se connecter."
                      + " Ajoutez un second prénom pour les distinguer."));
            }
            Candidate candidate = new Candidate(RandomIds.code(8), sessionId,
                enrolment.lastName(), enrolment.firstName(), enrolment.birthdate(),
                enrolment.division(), enrolment.externalId(), enrolment.extraTimePercentage(),
                enrolment.needsAccessibility(), enrolment.profile());
            all.add(candidate);
            added.add(candidate);
          }
          return Future.all(added.stream().map(candidates::add).toList()).map(added);
        });
  }

  /**
   * The session's candidates, once sure that {@code more} candidates still fit in it; fails with
   * {@code SESSION_NOT_FOUND} or {@code SESSION_FULL} (409, French detail).
   */
  public Future<List<Candidate>> requireRoom(String sessionId, int more) {
    return session(sessionId).compose(session -> candidates.listBySession(sessionId)
        .map(enrolled -> {
          if (enrolled.size() + more > session.capacity()) {
            int left = Math.max(0, session.capacity() - enrolled.size());
            throw DomainException.conflict(SESSION_FULL, "La session " + sessionId + " compte "
                + enrolled.size() + " candidat" + (enrolled.size() > 1 ? "s" : "") + " pour "
                + session.invigilatorCount() + " surveillant"
                + (session.invigilatorCount() > 1 ? "s" : "") + " : un surveillant pour "
                + Session.CANDIDATES_PER_INVIGILATOR + " élèves au maximum. "
                + (left == 0 ? "Elle est complète" : "Il reste " + left + " place"
                    + (left > 1 ? "s" : "") + " pour " + more + " élèves")
                + " : ajoutez un surveillant à la session ou inscrivez ces élèves dans une autre"
                + " session.");
          }
          return enrolled;
        }));
  }

  /** Fails with {@code INVALID_SESSION_DATE} or {@code INVALID_FIELD} (invigilator count). */
  private void check(SessionPlan plan) {
    new SessionDates(clock, zone).check(plan.date());
    if (plan.invigilatorCount() < 1 || plan.invigilatorCount() > Session.MAX_INVIGILATORS) {
      throw DomainException.invalid("INVALID_FIELD", "Field 'invigilatorCount' must be between 1"
          + " and " + Session.MAX_INVIGILATORS);
    }
  }

  private static int invigilatorsFor(int candidateCount) {
    return (candidateCount + Session.CANDIDATES_PER_INVIGILATOR - 1)
        / Session.CANDIDATES_PER_INVIGILATOR;
  }

  /**
   * Corrects a candidate's enrolment (same id) until they entered; fails with
   * {@code CANDIDATE_NOT_FOUND}, {@code INVALID_FIELD} or {@code CANDIDATE_ENTERED}.
   */
  public Future<Candidate> changeCandidate(String sessionId, String candidateId,
      UnaryOperator<Enrolment> change) {
    return unenteredCandidate(sessionId, candidateId).compose(candidate -> {
      Enrolment changed = change.apply(candidate.enrolment());
      Optional<DomainException> invalid = invalid(changed);
      if (invalid.isPresent()) {
        return Future.failedFuture(invalid.get());
      }
      Candidate corrected = candidate.with(changed);
      return candidates.add(corrected).map(corrected);
    });
  }

  /** Removes a candidate until they entered; fails like {@link #changeCandidate}. */
  public Future<Void> removeCandidate(String sessionId, String candidateId) {
    return unenteredCandidate(sessionId, candidateId)
        .compose(candidate -> candidates.remove(sessionId, candidateId));
  }

  /**
   * Replaces the enrolment of candidates found again in an import, leaving out those who entered
   * (their enrolment belongs to the exam's record); the future holds the candidates changed.
   */
  public Future<List<Candidate>> reenrol(String sessionId, List<Candidate> corrected) {
    return entered.of(sessionId).compose(ids -> {
      List<Candidate> changed = corrected.stream().filter(c -> !ids.contains(c.id())).toList();
      return Future.all(changed.stream().map(candidates::add).toList()).map(changed);
    });
  }

  private Future<Candidate> unenteredCandidate(String sessionId, String candidateId) {
    return session(sessionId).compose(session -> candidate(sessionId, candidateId))
        .compose(candidate -> entered.of(sessionId).map(ids -> {
          if (ids.contains(candidateId)) {
            throw DomainException.conflict("CANDIDATE_ENTERED", candidate.firstName() + " "
                + candidate.lastName() + " est déjà entré·e dans la session : son inscription ne"
                + " peut plus être modifiée ni supprimée. La surveillance permet encore de noter son"
                + " absence ou de terminer son test.");
          }
          return candidate;
        }));
  }

  private static Optional<DomainException> invalid(Enrolment enrolment) {
    if (enrolment.extraTimePercentage() < 0
        || enrolment.extraTimePercentage() > Enrolment.MAX_EXTRA_TIME_PERCENTAGE) {
      return Optional.of(DomainException.invalid("INVALID_FIELD",
          "Field 'extraTimePercentage' must be between 0 and " + Enrolment.MAX_EXTRA_TIME_PERCENTAGE));
    }
    return Optional.empty();
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
    return candidates(sessionId).map(all -> {
      List<Candidate> matches = all.stream()
          .filter(c -> c.hasIdentity(lastName, firstName, birthdate))
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

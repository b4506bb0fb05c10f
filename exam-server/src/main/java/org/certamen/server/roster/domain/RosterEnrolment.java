package org.certamen.server.roster.domain;

import io.vertx.core.Future;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.certamen.server.centre.domain.CentreService;
import org.certamen.server.centre.domain.CentreSession;
import org.certamen.server.planning.domain.Candidate;
import org.certamen.server.planning.domain.Enrolment;
import org.certamen.server.planning.domain.EnrolmentService;
import org.certamen.server.planning.domain.PupilEnrolment;
import org.certamen.server.planning.domain.Session;
import org.certamen.server.planning.domain.SessionClosure;
import org.certamen.server.shared.DomainException;

/**
 * Enrols pupils of a school's roster into one of its sessions, all or none: active pupils of that
 * school, none already enrolled in an open session of the school, within the session's room
 * (20 per invigilator). Futures fail with {@code SESSION_WITHOUT_SCHOOL}, {@code PUPIL_NOT_FOUND},
 * {@code PUPIL_INACTIVE}, {@code PUPIL_ALREADY_ENROLLED}, and those of
 * {@link EnrolmentService#enrolAll}.
 */
public record RosterEnrolment(RosterService roster, RosterEnrolmentRepository links,
    EnrolmentService enrolment, CentreService centres,
    SessionClosure closure) implements PupilEnrolment {
  private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  @Override
  public Future<List<Candidate>> enrol(String sessionId, List<String> pupilIds) {
    if (pupilIds.isEmpty() || new HashSet<>(pupilIds).size() != pupilIds.size()) {
      return Future.failedFuture(DomainException.invalid("INVALID_FIELD",
          "Field 'pupilIds' must list pupils, each once"));
    }
    return enrolment.session(sessionId)
        .compose(session -> centres.plannedSession(sessionId))
        .compose(owner -> owner.map(CentreSession::centreId).map(Future::succeededFuture)
            .orElseGet(() -> Future.failedFuture(DomainException.conflict("SESSION_WITHOUT_SCHOOL",
                "Cette session n'a pas été planifiée par un établissement : inscrivez les"
                    + " candidats un par un ou par un import."))))
        .compose(centreId -> Future.all(pupilIds.stream()
                .map(id -> roster.pupil(centreId, id)).toList())
            .compose(all -> {
              List<Pupil> pupils = all.list();
              Optional<Pupil> gone = pupils.stream().filter(p -> !p.active()).findFirst();
              if (gone.isPresent()) {
                return Future.failedFuture(DomainException.conflict("PUPIL_INACTIVE",
                    name(gone.get()) + " ne fait plus partie des élèves de l'établissement"
                        + " (désactivé·e au dernier import) : il ou elle ne peut pas être inscrit·e."));
              }
              return requireNotEnrolled(centreId, pupils)
                  .compose(ok -> enrolment.enrolAll(sessionId, pupils.stream()
                      .map(RosterEnrolment::enrolmentOf).toList()))
                  .compose(candidates -> linkAll(sessionId, candidates, pupils));
            }));
  }

  /** Refuses when one of the pupils is a candidate of an open session of the school. */
  private Future<Void> requireNotEnrolled(String centreId, List<Pupil> pupils) {
    Set<String> wanted = new HashSet<>(pupils.stream().map(Pupil::id).toList());
    return centres.sessions(centreId).compose(sessions -> Future.all(sessions.stream()
            .map(session -> enrolledIn(session, wanted)).toList()))
        .compose(found -> {
          for (Map<String, Session> enrolled : found.<Map<String, Session>>list()) {
            for (Pupil pupil : pupils) {
              Session session = enrolled.get(pupil.id());
              if (session != null) {
                return Future.failedFuture(DomainException.conflict("PUPIL_ALREADY_ENROLLED",
                    name(pupil) + " est déjà inscrit·e dans la session " + session.id()
                        + " du " + session.date().format(FRENCH_DATE)
                        + " : retirez cette inscription avant d'inscrire l'élève dans une autre session."));
              }
            }
          }
          return Future.succeededFuture();
        });
  }

  /** Which of the wanted pupils are candidates of the session, when it is still open. */
  private Future<Map<String, Session>> enrolledIn(Session session, Set<String> wanted) {
    return closure.isClosed(session.id()).compose(closed -> closed
        ? Future.succeededFuture(Map.of())
        : Future.all(links.pupilsOf(session.id()), enrolment.candidates(session.id()))
            .map(both -> {
              Map<String, String> pupilByCandidate = both.resultAt(0);
              List<Candidate> candidates = both.resultAt(1);
              Map<String, Session> enrolled = new HashMap<>();
              candidates.stream().map(c -> pupilByCandidate.get(c.id()))
                  .filter(id -> id != null && wanted.contains(id))
                  .forEach(id -> enrolled.put(id, session));
              return enrolled;
            }));
  }

  private Future<List<Candidate>> linkAll(String sessionId, List<Candidate> candidates,
      List<Pupil> pupils) {
    return Future.all(IntStream.range(0, candidates.size())
            .mapToObj(i -> links.link(sessionId, candidates.get(i).id(), pupils.get(i).id()))
            .toList())
        .map(candidates);
  }

  /** The roster's identity; the profile stays with the pupil, read at entry. */
  private static Enrolment enrolmentOf(Pupil pupil) {
    return new Enrolment(pupil.lastName(), pupil.firstName(), pupil.birthdate(), pupil.division(),
        pupil.ine(), 0, false, null);
  }

  private static String name(Pupil pupil) {
    return pupil.firstName() + " " + pupil.lastName();
  }
}

package org.certamen.server.roster.domain;

import io.vertx.core.Future;
import org.certamen.server.centre.domain.CentreService;
import org.certamen.server.exam.domain.EntryGate;
import org.certamen.server.planning.domain.Candidate;
import org.certamen.server.shared.DomainException;

/**
 * The national rule at entry: in a school's sessions, a pupil who is not certifiable cannot enter
 * the certification. A pupil enrolled from the roster must have shared a certifying profile; a
 * candidate enrolled one by one is judged on the profile given at enrolment, if any. Sessions of
 * other centres, and sessions staff planned outside any centre, let everyone enrolled in.
 */
public record CertifiabilityGate(CentreService centres,
    RosterCertifiability certifiability) implements EntryGate {
  /** The code of an entry refused for this rule. */
  public static final String NOT_CERTIFIABLE = "NOT_CERTIFIABLE";

  @Override
  public Future<Void> admit(Candidate candidate) {
    return centres.plannedSession(candidate.sessionId()).compose(owner -> owner.isEmpty()
        ? Future.succeededFuture(false)
        : centres.centre(owner.get().centreId()).map(c -> c.type().requiresCertifiability()))
        .compose(applies -> !applies ? Future.succeededFuture()
            : certifiability.of(candidate).compose(status -> status.isEmpty()
                || status.get().isCertifiable() ? Future.succeededFuture()
                : Future.failedFuture(refusal(status.get()))));
  }

  private static DomainException refusal(Certifiability status) {
    return DomainException.forbidden(NOT_CERTIFIABLE,
        status.status() == Certifiability.Status.UNKNOWN
            ? "Vous n'avez pas encore partagé votre profil de compétences : vous ne pouvez pas"
                + " passer la certification aujourd'hui. Adressez-vous au surveillant."
            : "Votre profil ne compte pas encore 5 compétences au niveau 1 : vous ne pouvez pas"
                + " passer la certification aujourd'hui. Adressez-vous au surveillant.");
  }
}

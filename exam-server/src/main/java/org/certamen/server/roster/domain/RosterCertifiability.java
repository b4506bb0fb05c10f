package org.certamen.server.roster.domain;

import io.vertx.core.Future;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.certamen.server.centre.domain.CentreService;
import org.certamen.server.centre.domain.CentreSession;
import org.certamen.server.planning.domain.Candidate;
import org.certamen.server.planning.domain.CandidateCertifiability;

/**
 * Whether candidates may sit the certification: a candidate enrolled from the roster is judged on
 * their pupil's latest profile, so a profile shared after the enrolment counts; another candidate
 * on the profile given at enrolment, if any.
 */
public record RosterCertifiability(RosterEnrolmentRepository links, PupilRepository pupils,
    CentreService centres) implements CandidateCertifiability {
  /**
   * The candidate's status: their pupil's for a roster enrolment (possibly {@code UNKNOWN}),
   * else the enrolment profile's; empty for a candidate enrolled one by one without a profile.
   */
  public Future<Optional<Certifiability>> of(Candidate candidate) {
    return links.pupilOf(candidate.sessionId(), candidate.id()).compose(pupilId -> pupilId.isEmpty()
        ? Future.succeededFuture(candidate.isCertifiable().map(RosterCertifiability::enrolled))
        : pupilOf(candidate.sessionId(), pupilId.get())
            .map(pupil -> Optional.of(pupil.map(Pupil::certifiability)
                .orElse(Certifiability.UNKNOWN))));
  }

  @Override
  public Future<Map<String, Boolean>> of(String sessionId, List<Candidate> candidates) {
    return links.pupilsOf(sessionId).compose(linked -> {
      Map<String, Boolean> known = new HashMap<>(CandidateCertifiability.enrolled(candidates));
      if (linked.isEmpty()) {
        return Future.succeededFuture(known);
      }
      return centres.plannedSession(sessionId).compose(owner -> Future.all(candidates.stream()
              .filter(c -> linked.containsKey(c.id()) && owner.isPresent())
              .map(c -> pupils.find(owner.get().centreId(), linked.get(c.id()))
                  .map(pupil -> Map.entry(c.id(), pupil.map(Pupil::certifiability)
                      .orElse(Certifiability.UNKNOWN))))
              .toList()))
          .map(all -> {
            for (Map.Entry<String, Certifiability> entry
                : all.<Map.Entry<String, Certifiability>>list()) {
              known.remove(entry.getKey());
              if (entry.getValue().status() != Certifiability.Status.UNKNOWN) {
                known.put(entry.getKey(), entry.getValue().isCertifiable());
              }
            }
            return known;
          });
    });
  }

  private Future<Optional<Pupil>> pupilOf(String sessionId, String pupilId) {
    return centres.plannedSession(sessionId).compose(owner -> owner.isEmpty()
        ? Future.succeededFuture(Optional.empty())
        : pupils.find(owner.map(CentreSession::centreId).get(), pupilId));
  }

  private static Certifiability enrolled(boolean certifiable) {
    return new Certifiability(certifiable ? Certifiability.Status.CERTIFIABLE
        : Certifiability.Status.NOT_CERTIFIABLE, null);
  }
}

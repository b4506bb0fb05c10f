package org.certamen.server.planning.domain;

import io.vertx.core.Future;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a session's candidates may sit the certification. A candidate enrolled from a school's
 * roster follows their pupil's latest profile (the roster context provides that); another one,
 * the profile given at enrolment, if any.
 */
@FunctionalInterface
public interface CandidateCertifiability {

  /** Candidate id to whether they are certifiable; a candidate whose status is unknown is absent. */
  Future<Map<String, Boolean>> of(String sessionId, List<Candidate> candidates);

  /** From the profiles given at enrolment only. */
  static CandidateCertifiability fromEnrolment() {
    return (sessionId, candidates) -> Future.succeededFuture(enrolled(candidates));
  }

  /** What the profiles given at enrolment say. */
  static Map<String, Boolean> enrolled(List<Candidate> candidates) {
    Map<String, Boolean> known = new HashMap<>();
    candidates.forEach(c -> c.isCertifiable().ifPresent(yes -> known.put(c.id(), yes)));
    return known;
  }

  /** The label the API writes: {@code CERTIFIABLE}, {@code NOT_CERTIFIABLE} or {@code UNKNOWN_PROFILE}. */
  static String label(Optional<Boolean> certifiable) {
    return certifiable.map(yes -> yes ? "CERTIFIABLE" : "NOT_CERTIFIABLE").orElse("UNKNOWN_PROFILE");
  }
}

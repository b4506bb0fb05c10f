package org.certamen.server.planning.domain;

import io.vertx.core.Future;
import java.util.List;

/**
 * Enrols pupils of the roster of the school that planned a session. The roster context provides
 * it; futures fail with {@link org.certamen.server.shared.DomainException}s naming what is wrong.
 */
@FunctionalInterface
public interface PupilEnrolment {

  /** Enrols the pupils, in order, all or none; the future holds the candidates enrolled. */
  Future<List<Candidate>> enrol(String sessionId, List<String> pupilIds);
}

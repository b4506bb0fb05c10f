package org.certamen.server.roster.domain;

import io.vertx.core.Future;
import java.util.Map;
import java.util.Optional;

/**
 * Which candidates of a session were enrolled from the roster, and as which pupil: the gate at
 * entry then judges them on the pupil's latest profile. Futures fail only when the store is
 * unreachable.
 */
public interface RosterEnrolmentRepository {

  Future<Void> link(String sessionId, String candidateId, String pupilId);

  /** The pupil the candidate was enrolled as, or empty for a candidate enrolled one by one. */
  Future<Optional<String>> pupilOf(String sessionId, String candidateId);

  /** Candidate id to pupil id, for every candidate of the session enrolled from the roster. */
  Future<Map<String, String>> pupilsOf(String sessionId);
}

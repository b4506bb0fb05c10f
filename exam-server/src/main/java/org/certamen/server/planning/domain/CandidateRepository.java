package org.certamen.server.planning.domain;

import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;

/**
 * Candidates enrolled in sessions, indexed per session (no scan of the whole store). Futures fail
 * only when the store is unreachable.
 */
public interface CandidateRepository {

  /** Enrols a candidate in {@code candidate.sessionId()}; replaces one with the same id. */
  Future<Void> add(Candidate candidate);

  /** The candidate, or empty when the session has none with that id. */
  Future<Optional<Candidate>> find(String sessionId, String candidateId);

  /** Removes the candidate; nothing happens when there is none with that id. */
  Future<Void> remove(String sessionId, String candidateId);

  /** Removes every candidate of the session. */
  Future<Void> removeAll(String sessionId);

  /** Every candidate of the session in enrolment order; empty for an unknown session. */
  Future<List<Candidate>> listBySession(String sessionId);
}

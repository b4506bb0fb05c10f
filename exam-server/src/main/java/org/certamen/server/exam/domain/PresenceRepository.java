package org.certamen.server.exam.domain;

import io.vertx.core.Future;
import java.util.Map;
import java.util.Optional;

/**
 * Last heartbeats, kept apart from the exam so that frequent heartbeats never race with answers.
 * Last write wins. Futures fail only when the store is unreachable.
 */
public interface PresenceRepository {

  Future<Void> record(Heartbeat heartbeat);

  Future<Optional<Heartbeat>> find(String sessionId, String candidateId);

  /** Candidate id to last heartbeat, for every candidate of the session who sent one. */
  Future<Map<String, Heartbeat>> listBySession(String sessionId);
}

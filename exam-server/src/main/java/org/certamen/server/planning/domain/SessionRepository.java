package org.certamen.server.planning.domain;

import io.vertx.core.Future;
import java.util.Optional;

/** Planned sessions, by session number. Futures fail only when the store is unreachable. */
public interface SessionRepository {

  /** Stores a new session; the future holds false (and nothing changes) when the id is taken. */
  Future<Boolean> create(Session session);

  /** Replaces a stored session; the future holds false (and nothing changes) when there is none. */
  Future<Boolean> replace(Session session);

  /** Deletes the session; nothing happens when there is none. */
  Future<Void> delete(String sessionId);

  /** The session, or empty when there is none with that id. */
  Future<Optional<Session>> find(String sessionId);
}

package org.certamen.server.planning.storage;

import io.vertx.core.Future;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.certamen.server.planning.domain.Session;
import org.certamen.server.planning.domain.SessionRepository;

/** Sessions in a map, for one server process. */
public final class InMemorySessionRepository implements SessionRepository {
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();

  @Override
  public Future<Boolean> create(Session session) {
    return Future.succeededFuture(sessions.putIfAbsent(session.id(), session) == null);
  }

  @Override
  public Future<Boolean> replace(Session session) {
    return Future.succeededFuture(sessions.replace(session.id(), session) != null);
  }

  @Override
  public Future<Void> delete(String sessionId) {
    sessions.remove(sessionId);
    return Future.succeededFuture();
  }

  @Override
  public Future<Optional<Session>> find(String sessionId) {
    return Future.succeededFuture(Optional.ofNullable(sessions.get(sessionId)));
  }
}

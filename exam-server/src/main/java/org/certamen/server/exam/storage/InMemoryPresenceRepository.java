package org.certamen.server.exam.storage;

import io.vertx.core.Future;
import java.util.Map;
import java.util.Optional;
import org.certamen.server.exam.domain.Heartbeat;
import org.certamen.server.exam.domain.PresenceRepository;
import org.certamen.server.memory.GroupedMap;

/** Last heartbeats by session and candidate. */
public final class InMemoryPresenceRepository implements PresenceRepository {
  private final GroupedMap<Heartbeat> bySession = new GroupedMap<>();

  @Override
  public Future<Void> record(Heartbeat heartbeat) {
    bySession.put(heartbeat.sessionId(), heartbeat.candidateId(), heartbeat);
    return Future.succeededFuture();
  }

  @Override
  public Future<Optional<Heartbeat>> find(String sessionId, String candidateId) {
    return Future.succeededFuture(bySession.find(sessionId, candidateId));
  }

  @Override
  public Future<Map<String, Heartbeat>> listBySession(String sessionId) {
    return Future.succeededFuture(bySession.copyOf(sessionId));
  }
}

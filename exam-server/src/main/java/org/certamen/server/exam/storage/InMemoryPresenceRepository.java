package org.certamen.server.exam.storage;

import io.vertx.core.Future;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.certamen.server.exam.domain.Heartbeat;
import org.certamen.server.exam.domain.PresenceRepository;

/** Last heartbeats in one map per session. */
public final class InMemoryPresenceRepository implements PresenceRepository {
  private final Map<String, Map<String, Heartbeat>> bySession = new ConcurrentHashMap<>();

  @Override
  public Future<Void> record(Heartbeat heartbeat) {
    bySession.computeIfAbsent(heartbeat.sessionId(), id -> new ConcurrentHashMap<>())
        .put(heartbeat.candidateId(), heartbeat);
    return Future.succeededFuture();
  }

  @Override
  public Future<Optional<Heartbeat>> find(String sessionId, String candidateId) {
    return Future.succeededFuture(
        Optional.ofNullable(bySession.getOrDefault(sessionId, Map.of()).get(candidateId)));
  }

  @Override
  public Future<Map<String, Heartbeat>> listBySession(String sessionId) {
    return Future.succeededFuture(new HashMap<>(bySession.getOrDefault(sessionId, Map.of())));
  }
}

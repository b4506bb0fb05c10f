package org.certamen.server.roster.storage;

import io.vertx.core.Future;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.certamen.server.roster.domain.RosterEnrolmentRepository;

/** Roster enrolments in one map per session, for one server process. */
public final class InMemoryRosterEnrolmentRepository implements RosterEnrolmentRepository {
  private final Map<String, Map<String, String>> bySession = new ConcurrentHashMap<>();

  @Override
  public Future<Void> link(String sessionId, String candidateId, String pupilId) {
    bySession.computeIfAbsent(sessionId, id -> new ConcurrentHashMap<>()).put(candidateId, pupilId);
    return Future.succeededFuture();
  }

  @Override
  public Future<Optional<String>> pupilOf(String sessionId, String candidateId) {
    return Future.succeededFuture(
        Optional.ofNullable(bySession.getOrDefault(sessionId, Map.of()).get(candidateId)));
  }

  @Override
  public Future<Map<String, String>> pupilsOf(String sessionId) {
    return Future.succeededFuture(Map.copyOf(bySession.getOrDefault(sessionId, Map.of())));
  }
}

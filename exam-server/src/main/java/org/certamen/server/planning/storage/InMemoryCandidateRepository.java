package org.certamen.server.planning.storage;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.certamen.server.planning.domain.Candidate;
import org.certamen.server.planning.domain.CandidateRepository;

/** Candidates in one insertion-ordered map per session, for one server process. */
public final class InMemoryCandidateRepository implements CandidateRepository {
  private final Map<String, Map<String, Candidate>> bySession = new ConcurrentHashMap<>();

  @Override
  public Future<Void> add(Candidate candidate) {
    Map<String, Candidate> candidates =
        bySession.computeIfAbsent(candidate.sessionId(), id -> new LinkedHashMap<>());
    synchronized (candidates) {
      candidates.put(candidate.id(), candidate);
    }
    return Future.succeededFuture();
  }

  @Override
  public Future<Void> remove(String sessionId, String candidateId) {
    Map<String, Candidate> candidates = bySession.getOrDefault(sessionId, Map.of());
    synchronized (candidates) {
      candidates.remove(candidateId);
    }
    return Future.succeededFuture();
  }

  @Override
  public Future<Void> removeAll(String sessionId) {
    bySession.remove(sessionId);
    return Future.succeededFuture();
  }

  @Override
  public Future<Optional<Candidate>> find(String sessionId, String candidateId) {
    Map<String, Candidate> candidates = bySession.getOrDefault(sessionId, Map.of());
    synchronized (candidates) {
      return Future.succeededFuture(Optional.ofNullable(candidates.get(candidateId)));
    }
  }

  @Override
  public Future<List<Candidate>> listBySession(String sessionId) {
    Map<String, Candidate> candidates = bySession.getOrDefault(sessionId, Map.of());
    synchronized (candidates) {
      return Future.succeededFuture(new ArrayList<>(candidates.values()));
    }
  }
}

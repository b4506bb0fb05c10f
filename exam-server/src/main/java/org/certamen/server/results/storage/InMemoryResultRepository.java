package org.certamen.server.results.storage;

import io.vertx.core.Future;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.certamen.server.results.domain.CertificationResult;
import org.certamen.server.results.domain.CertifiedCandidate;
import org.certamen.server.results.domain.Finalization;
import org.certamen.server.results.domain.ResultRepository;

/** Finalisations and results in maps, for one server process; every method is one atomic step. */
public final class InMemoryResultRepository implements ResultRepository {
  private final Map<String, Finalization> finalizations = new HashMap<>();
  private final Map<String, List<CertificationResult>> histories = new HashMap<>();
  private final Map<String, CertifiedCandidate> certificates = new HashMap<>();

  @Override
  public synchronized Future<Boolean> saveFinalization(Finalization finalization) {
    return Future.succeededFuture(
        finalizations.putIfAbsent(finalization.sessionId(), finalization) == null);
  }

  @Override
  public synchronized Future<Optional<Finalization>> findFinalization(String sessionId) {
    return Future.succeededFuture(Optional.ofNullable(finalizations.get(sessionId)));
  }

  @Override
  public synchronized Future<List<Finalization>> listFinalizations() {
    return Future.succeededFuture(finalizations.values().stream()
        .sorted(Comparator.comparing(Finalization::finalizedAt)).toList());
  }

  @Override
  public synchronized Future<Boolean> publish(String sessionId, Instant at, String by) {
    Finalization finalization = finalizations.get(sessionId);
    if (finalization == null || finalization.isPublished()) {
      return Future.succeededFuture(false);
    }
    finalizations.put(sessionId, finalization.published(at, by));
    return Future.succeededFuture(true);
  }

  @Override
  public synchronized Future<Append> append(CertificationResult result) {
    Finalization finalization = finalizations.get(result.sessionId());
    if (finalization != null && finalization.isPublished()) {
      return Future.succeededFuture(Append.PUBLISHED);
    }
    List<CertificationResult> history =
        histories.computeIfAbsent(result.sessionId(), id -> new ArrayList<>());
    int latest = history.stream().filter(r -> r.candidateId().equals(result.candidateId()))
        .mapToInt(CertificationResult::version).max().orElse(0);
    if (latest != result.version() - 1) {
      return Future.succeededFuture(Append.CONFLICT);
    }
    history.add(result);
    return Future.succeededFuture(Append.STORED);
  }

  @Override
  public synchronized Future<List<CertificationResult>> history(String sessionId) {
    return Future.succeededFuture(List.copyOf(histories.getOrDefault(sessionId, List.of())));
  }

  @Override
  public synchronized Future<Boolean> registerCertificate(String verificationCode,
      String sessionId, String candidateId) {
    return Future.succeededFuture(certificates.putIfAbsent(verificationCode,
        new CertifiedCandidate(sessionId, candidateId)) == null);
  }

  @Override
  public synchronized Future<Optional<CertifiedCandidate>> findCertificate(String verificationCode) {
    return Future.succeededFuture(Optional.ofNullable(certificates.get(verificationCode)));
  }
}

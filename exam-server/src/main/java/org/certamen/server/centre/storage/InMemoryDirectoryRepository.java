package org.certamen.server.centre.storage;

import io.vertx.core.Future;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.certamen.server.centre.domain.Activation;
import org.certamen.server.centre.domain.DirectoryEntry;
import org.certamen.server.centre.domain.DirectoryRepository;
import org.certamen.server.memory.InMemorySecrets;
import org.certamen.server.shared.ExpiringSecrets;

/** The directory in maps, for one server process; expired activations are forgotten when taken. */
public final class InMemoryDirectoryRepository implements DirectoryRepository {
  private final Map<String, DirectoryEntry> schools = new ConcurrentHashMap<>();
  private final InMemorySecrets<Activation> activations;
  private final Map<String, String> centreByUai = new ConcurrentHashMap<>();

  public InMemoryDirectoryRepository(Clock clock) {
    this.activations = new InMemorySecrets<>(Activation::token, clock);
  }

  @Override
  public Future<Void> save(List<DirectoryEntry> entries) {
    entries.forEach(entry -> schools.put(entry.uai(), entry));
    return Future.succeededFuture();
  }

  @Override
  public Future<Optional<DirectoryEntry>> find(String uai) {
    return Future.succeededFuture(Optional.ofNullable(schools.get(uai)));
  }

  @Override
  public ExpiringSecrets<Activation> activations() {
    return activations;
  }

  @Override
  public Future<String> claimCentre(String uai, String centreId) {
    return Future.succeededFuture(centreByUai.computeIfAbsent(uai, ignored -> centreId));
  }
}

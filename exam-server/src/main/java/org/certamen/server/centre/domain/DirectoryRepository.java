package org.certamen.server.centre.domain;

import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;
import org.certamen.server.shared.ExpiringSecrets;

/**
 * The directory of schools, pending activations, and which centre each activated UAI became.
 * Futures fail only when the store is unreachable.
 */
public interface DirectoryRepository {

  /** Adds or replaces entries by UAI. */
  Future<Void> save(List<DirectoryEntry> entries);

  Future<Optional<DirectoryEntry>> find(String uai);

  /** Pending activations, by token: each is taken, so that it serves once. */
  ExpiringSecrets<Activation> activations();

  /**
   * Records that the UAI's space is the centre {@code centreId} unless another was recorded
   * first: the future holds the centre id that stays, so two activations make one centre.
   */
  Future<String> claimCentre(String uai, String centreId);
}

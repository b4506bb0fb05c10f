package org.certamen.server.shared;

import io.vertx.core.Future;
import java.util.Optional;

/**
 * Secrets of one kind (invitations, logins, activation links), each found by its value until it
 * expires. Futures fail only when the store is unreachable.
 */
public interface ExpiringSecrets<T extends Expiring> {
  /** Keeps the secret until it expires. */
  Future<Void> save(T secret);

  /** The secret of that value, or empty when unknown, deleted or expired. */
  Future<Optional<T>> find(String value);

  /** As {@link #find}, deleting the secret in the same step so that it serves once. */
  Future<Optional<T>> take(String value);

  /** Forgets the secret: it serves no more. */
  Future<Void> delete(T secret);
}

package org.certamen.server.exam.domain;

import io.vertx.core.Future;
import java.util.Optional;

/**
 * Issued tokens. A store may forget a token once it expired (a TTL); callers still check
 * {@link AccessToken#isExpiredAt}. Futures fail only when the store is unreachable.
 */
public interface TokenRepository {

  Future<Void> save(AccessToken token);

  /** The token of that value, or empty when unknown (or already forgotten after expiry). */
  Future<Optional<AccessToken>> find(String value);
}

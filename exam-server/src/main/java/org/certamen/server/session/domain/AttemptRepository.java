package org.certamen.server.session.domain;

import io.vertx.core.Future;
import java.time.Duration;

/**
 * Failure counters for rate limits, kept in the store so that limits hold across servers. A
 * counter lives for a fixed window that starts at its first failure. Keys are grouped per session.
 * Futures fail only when the store is unreachable.
 */
public interface AttemptRepository {

  /** Counts one more failure under the key; the future holds the count in the current window. */
  Future<Long> recordFailure(String sessionId, String key, Duration window);

  /** Failures counted under the key in the current window, 0 when none. */
  Future<Long> failures(String sessionId, String key);
}

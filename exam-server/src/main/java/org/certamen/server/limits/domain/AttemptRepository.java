package org.certamen.server.limits.domain;

import io.vertx.core.Future;
import java.time.Duration;

/**
 * Attempt counters for rate limits, kept in the store so that limits hold across servers. A
 * counter lives for a fixed window that starts at its first counted attempt. Keys are grouped per
 * scope: a session, or a name for limits that span sessions. Futures fail only when the store is
 * unreachable.
 */
public interface AttemptRepository {

  /**
   * Admits an attempt when fewer than {@code limit} are counted under the key in the current
   * window, and counts it when {@code counted}: deciding and counting are one atomic step, so a
   * burst cannot slip past the limit. The future holds true when admitted.
   */
  Future<Boolean> admit(String scope, String key, int limit, Duration window, boolean counted);

  /** Takes back one attempt counted by {@link #admit} in the current window, for one that did not fail. */
  Future<Void> release(String scope, String key);
}

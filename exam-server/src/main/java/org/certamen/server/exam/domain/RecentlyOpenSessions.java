package org.certamen.server.exam.domain;

import io.vertx.core.Future;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.certamen.server.planning.domain.SessionClosure;
import org.certamen.server.shared.RecentlyUsed;

/**
 * A session closure that remembers for a moment that a session is open, so that answers, which
 * come by thousands per second, do not each ask the store. A closed session is never remembered:
 * it is asked again. A session finalised on another server may thus look open here for at most
 * {@code memory}; the finalisation ends every started test, which then refuses answers anyway.
 */
public final class RecentlyOpenSessions implements SessionClosure {
  /** Sessions of a busy day on one server. */
  private static final int CAPACITY = 10_000;

  private final SessionClosure store;
  private final Clock clock;
  private final Duration memory;
  private final RecentlyUsed<Instant> openUntil = new RecentlyUsed<>(CAPACITY);

  public RecentlyOpenSessions(SessionClosure store, Clock clock, Duration memory) {
    this.store = store;
    this.clock = clock;
    this.memory = memory;
  }

  @Override
  public Future<Boolean> isClosed(String sessionId) {
    Instant now = clock.instant();
    Instant until = openUntil.get(sessionId);
    if (until != null && now.isBefore(until)) {
      return Future.succeededFuture(false);
    }
    return store.isClosed(sessionId).onSuccess(closed -> {
      if (closed) {
        openUntil.remove(sessionId);
      } else {
        openUntil.put(sessionId, now.plus(memory));
      }
    });
  }
}

package org.certamen.server.limits.storage;

import io.vertx.core.Future;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.certamen.server.limits.domain.AttemptRepository;

/** Attempt counters in a map, each with the end of its window; each change is one atomic compute. */
public final class InMemoryAttemptRepository implements AttemptRepository {
  private record Counter(long count, Instant windowEnd) {
    boolean isLiveAt(Instant now) {
      return now.isBefore(windowEnd);
    }
  }

  private final Map<String, Counter> counters = new ConcurrentHashMap<>();
  private final Clock clock;

  public InMemoryAttemptRepository(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Future<Boolean> admit(String scope, String key, int limit, Duration window,
      boolean counted) {
    Instant now = clock.instant();
    AtomicBoolean admitted = new AtomicBoolean();
    counters.compute(scope + "\n" + key, (k, old) -> {
      Counter live = old != null && old.isLiveAt(now) ? old : null;
      long count = live == null ? 0 : live.count();
      admitted.set(count < limit);
      if (!admitted.get() || !counted) {
        return old;
      }
      return live == null ? new Counter(1, now.plus(window)) : new Counter(count + 1, live.windowEnd());
    });
    return Future.succeededFuture(admitted.get());
  }

  @Override
  public Future<Void> release(String scope, String key) {
    Instant now = clock.instant();
    counters.computeIfPresent(scope + "\n" + key, (k, old) ->
        old.isLiveAt(now) && old.count() > 0 ? new Counter(old.count() - 1, old.windowEnd()) : old);
    return Future.succeededFuture();
  }
}

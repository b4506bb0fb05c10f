package org.certamen.server.session.storage;

import io.vertx.core.Future;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.certamen.server.session.domain.AttemptRepository;

/** Failure counters in a map, each with the end of its window. */
public final class InMemoryAttemptRepository implements AttemptRepository {
  private record Counter(long count, Instant windowEnd) {
  }

  private final Map<String, Counter> counters = new ConcurrentHashMap<>();
  private final Clock clock;

  public InMemoryAttemptRepository(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Future<Long> recordFailure(String sessionId, String key, Duration window) {
    Instant now = clock.instant();
    Counter counter = counters.compute(sessionId + "\n" + key, (k, old) ->
        old == null || !now.isBefore(old.windowEnd())
            ? new Counter(1, now.plus(window)) : new Counter(old.count() + 1, old.windowEnd()));
    return Future.succeededFuture(counter.count());
  }

  @Override
  public Future<Long> failures(String sessionId, String key) {
    Counter counter = counters.get(sessionId + "\n" + key);
    boolean live = counter != null && clock.instant().isBefore(counter.windowEnd());
    return Future.succeededFuture(live ? counter.count() : 0L);
  }
}

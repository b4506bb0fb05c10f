package org.certamen.server.session.storage;

import io.lettuce.core.KeyValue;
import io.lettuce.core.ScriptOutputType;
import io.vertx.core.Future;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.certamen.server.redis.LuaScript;
import org.certamen.server.redis.RedisConnection;
import org.certamen.server.redis.RedisFutures;
import org.certamen.server.redis.RedisKeys;
import org.certamen.server.session.domain.AttemptRepository;

/**
 * A counter per key in a hash {@code {SESSIONID}:attempts:KEY} holding the count and the end of
 * its window, changed by one script. Windows follow the server's clock; the key expires with its
 * window so that Redis frees it.
 */
public final class RedisAttemptRepository implements AttemptRepository {
  private static final LuaScript RECORD = LuaScript.load("record-failure", ScriptOutputType.INTEGER);

  private final RedisConnection redis;
  private final RedisKeys keys;
  private final Clock clock;

  public RedisAttemptRepository(RedisConnection redis, RedisKeys keys,
      Clock clock) {
    this.redis = redis;
    this.keys = keys;
    this.clock = clock;
  }

  @Override
  public Future<Long> recordFailure(String sessionId, String key, Duration window) {
    Instant now = clock.instant();
    long windowMillis = Math.max(1, window.toMillis());
    return RECORD.run(redis, new String[] {counter(sessionId, key)},
        Long.toString(now.toEpochMilli()), Long.toString(now.toEpochMilli() + windowMillis),
        Long.toString(windowMillis));
  }

  @Override
  public Future<Long> failures(String sessionId, String key) {
    return RedisFutures.toFuture(redis.commands().hmget(counter(sessionId, key), "count", "windowEnd"))
        .map(this::liveCount);
  }

  private long liveCount(List<KeyValue<String, String>> fields) {
    if (!fields.get(0).hasValue() || !fields.get(1).hasValue()) {
      return 0;
    }
    long windowEnd = Long.parseLong(fields.get(1).getValue());
    return clock.instant().toEpochMilli() < windowEnd ? Long.parseLong(fields.get(0).getValue()) : 0;
  }

  private String counter(String sessionId, String key) {
    return keys.of(sessionId, "attempts:" + key);
  }
}

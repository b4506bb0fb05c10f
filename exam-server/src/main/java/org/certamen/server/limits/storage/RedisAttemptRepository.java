package org.certamen.server.limits.storage;

import io.lettuce.core.ScriptOutputType;
import io.vertx.core.Future;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.certamen.server.redis.LuaScript;
import org.certamen.server.redis.RedisConnection;
import org.certamen.server.redis.RedisKeys;
import org.certamen.server.limits.domain.AttemptRepository;

/**
 * A counter per key in a hash {@code {SCOPE}:attempts:KEY} holding the count and the end of its
 * window, changed by one script per operation so that deciding and counting are atomic. Windows
 * follow the server's clock; the key expires with its window so that Redis frees it.
 */
public record RedisAttemptRepository(RedisConnection redis, RedisKeys keys, Clock clock)
    implements AttemptRepository {
  private static final LuaScript ADMIT = LuaScript.load("admit-attempt", ScriptOutputType.INTEGER);
  private static final LuaScript RELEASE = LuaScript.load("release-attempt", ScriptOutputType.INTEGER);

  @Override
  public Future<Boolean> admit(String scope, String key, int limit, Duration window,
      boolean counted) {
    Instant now = clock.instant();
    long windowMillis = Math.max(1, window.toMillis());
    return ADMIT.<Long>run(redis, new String[] {counter(scope, key)},
            Long.toString(now.toEpochMilli()), Long.toString(now.toEpochMilli() + windowMillis),
            Long.toString(windowMillis), Integer.toString(limit), counted ? "1" : "0")
        .map(admitted -> admitted == 1);
  }

  @Override
  public Future<Void> release(String scope, String key) {
    return RELEASE.<Long>run(redis, new String[] {counter(scope, key)},
        Long.toString(clock.instant().toEpochMilli())).mapEmpty();
  }

  private String counter(String scope, String key) {
    return keys.of(scope, "attempts:" + key);
  }
}

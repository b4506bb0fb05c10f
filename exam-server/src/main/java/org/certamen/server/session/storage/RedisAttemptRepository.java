package org.certamen.server.session.storage;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.vertx.core.Future;
import java.time.Duration;
import org.certamen.server.redis.LuaScript;
import org.certamen.server.redis.RedisFutures;
import org.certamen.server.redis.RedisKeys;
import org.certamen.server.session.domain.AttemptRepository;

/**
 * A counter per key under {@code {SESSIONID}:attempts:KEY}: {@code INCR}, and {@code PEXPIRE} on
 * the first failure of a window, in one script so that no counter is left without expiry.
 */
public final class RedisAttemptRepository implements AttemptRepository {
  private static final LuaScript RECORD = LuaScript.load("record-failure", ScriptOutputType.INTEGER);

  private final RedisClusterAsyncCommands<String, String> redis;
  private final RedisKeys keys;

  public RedisAttemptRepository(RedisClusterAsyncCommands<String, String> redis, RedisKeys keys) {
    this.redis = redis;
    this.keys = keys;
  }

  @Override
  public Future<Long> recordFailure(String sessionId, String key, Duration window) {
    return RECORD.run(redis, new String[] {counter(sessionId, key)},
        Long.toString(Math.max(1, window.toMillis())));
  }

  @Override
  public Future<Long> failures(String sessionId, String key) {
    return RedisFutures.toFuture(redis.get(counter(sessionId, key)))
        .map(count -> count == null ? 0L : Long.parseLong(count));
  }

  private String counter(String sessionId, String key) {
    return keys.of(sessionId, "attempts:" + key);
  }
}

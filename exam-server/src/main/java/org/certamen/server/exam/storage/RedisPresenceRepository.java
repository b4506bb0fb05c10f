package org.certamen.server.exam.storage;

import io.vertx.core.Future;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.certamen.server.redis.RedisConnection;
import org.certamen.server.redis.RedisFutures;
import org.certamen.server.redis.RedisKeys;
import org.certamen.server.exam.domain.Heartbeat;
import org.certamen.server.exam.domain.PresenceRepository;
import org.certamen.server.shared.RecordJson;

/** Last heartbeats in a hash {@code {SESSIONID}:presence} (candidate id to JSON): one HSET each. */
public record RedisPresenceRepository(RedisConnection redis, RedisKeys keys)
    implements PresenceRepository {

  @Override
  public Future<Void> record(Heartbeat heartbeat) {
    return RedisFutures.toFuture(redis.commands().hset(key(heartbeat.sessionId()), heartbeat.candidateId(),
        encode(heartbeat))).mapEmpty();
  }

  @Override
  public Future<Optional<Heartbeat>> find(String sessionId, String candidateId) {
    return RedisFutures.toFuture(redis.commands().hget(key(sessionId), candidateId))
        .map(json -> Optional.ofNullable(json).map(text -> decode(sessionId, candidateId, text)));
  }

  @Override
  public Future<Map<String, Heartbeat>> listBySession(String sessionId) {
    return RedisFutures.toFuture(redis.commands().hgetall(key(sessionId))).map(stored -> {
      Map<String, Heartbeat> heartbeats = new HashMap<>();
      stored.forEach((candidateId, json) ->
          heartbeats.put(candidateId, decode(sessionId, candidateId, json)));
      return heartbeats;
    });
  }

  private String key(String sessionId) {
    return keys.of(sessionId, "presence");
  }

  /** A heartbeat without its session and candidate, which the key and field name. */
  private record Stored(Instant at, String extensionVersion, boolean blockingActive,
      int blockedAttempts) {
  }

  private static String encode(Heartbeat heartbeat) {
    return RecordJson.encode(new Stored(heartbeat.at(), heartbeat.extensionVersion(),
        heartbeat.blockingActive(), heartbeat.blockedAttempts()));
  }

  private static Heartbeat decode(String sessionId, String candidateId, String text) {
    Stored stored = RecordJson.decode(text, Stored.class);
    return new Heartbeat(sessionId, candidateId, stored.at(), stored.extensionVersion(),
        stored.blockingActive(), stored.blockedAttempts());
  }
}

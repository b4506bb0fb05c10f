package org.certamen.server.roster.storage;

import io.vertx.core.Future;
import java.util.Map;
import java.util.Optional;
import org.certamen.server.redis.RedisConnection;
import org.certamen.server.redis.RedisFutures;
import org.certamen.server.redis.RedisKeys;
import org.certamen.server.roster.domain.RosterEnrolmentRepository;

/**
 * Roster enrolments in the hash {@code {SESSIONID}:roster-pupils} (candidate id to pupil id),
 * under the session's hash tag: the entry reads it with one {@code HGET}.
 */
public record RedisRosterEnrolmentRepository(RedisConnection redis, RedisKeys keys)
    implements RosterEnrolmentRepository {
  @Override
  public Future<Void> link(String sessionId, String candidateId, String pupilId) {
    return RedisFutures.toFuture(redis.commands().hset(key(sessionId), candidateId, pupilId))
        .mapEmpty();
  }

  @Override
  public Future<Optional<String>> pupilOf(String sessionId, String candidateId) {
    return RedisFutures.toFuture(redis.commands().hget(key(sessionId), candidateId))
        .map(Optional::ofNullable);
  }

  @Override
  public Future<Map<String, String>> pupilsOf(String sessionId) {
    return RedisFutures.toFuture(redis.commands().hgetall(key(sessionId))).map(Map::copyOf);
  }

  private String key(String sessionId) {
    return keys.of(sessionId, "roster-pupils");
  }
}

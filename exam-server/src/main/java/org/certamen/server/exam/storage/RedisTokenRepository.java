package org.certamen.server.exam.storage;

import io.lettuce.core.SetArgs;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.certamen.server.redis.RedisConnection;
import org.certamen.server.redis.RedisFutures;
import org.certamen.server.redis.RedisKeys;
import org.certamen.server.exam.domain.AccessToken;
import org.certamen.server.exam.domain.Role;
import org.certamen.server.exam.domain.TokenRepository;

/**
 * A token under {@code {SESSIONID}:token:DIGEST}, where the session id is the token's prefix and
 * DIGEST the SHA-256 of the whole value (a copy of Redis does not give usable tokens). Expiry
 * follows the server's clock; Redis frees the key then too ({@code SET ... PX}).
 */
public record RedisTokenRepository(RedisConnection redis, RedisKeys keys, Clock clock)
    implements TokenRepository {

  @Override
  public Future<Void> save(AccessToken token) {
    // An already expired token still gets a moment of life: PX must be positive.
    long ttlMillis = Math.max(1, Duration.between(clock.instant(), token.expiresAt()).toMillis());
    return RedisFutures.toFuture(redis.commands().set(key(token.sessionId(), token.value()), encode(token),
        SetArgs.Builder.px(ttlMillis))).mapEmpty();
  }

  @Override
  public Future<Optional<AccessToken>> find(String value) {
    String sessionId = AccessToken.sessionIdOf(value);
    if (sessionId == null) {
      return Future.succeededFuture(Optional.empty());
    }
    return RedisFutures.toFuture(redis.commands().get(key(sessionId, value)))
        .map(json -> Optional.ofNullable(json).map(text -> decode(value, sessionId, text))
            .filter(token -> !token.isExpiredAt(clock.instant())));
  }

  private String key(String sessionId, String value) {
    return keys.of(sessionId, "token:" + RedisKeys.digest(value));
  }

  private static String encode(AccessToken token) {
    return new JsonObject()
        .put("role", token.role().name())
        .put("candidateId", token.candidateId())
        .put("expiresAt", token.expiresAt().toString())
        .encode();
  }

  private static AccessToken decode(String value, String sessionId, String text) {
    JsonObject json = new JsonObject(text);
    return new AccessToken(value, Role.valueOf(json.getString("role")), sessionId,
        json.getString("candidateId"), Instant.parse(json.getString("expiresAt")));
  }
}

package org.certamen.server.exam.storage;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.certamen.server.redis.RedisConnection;
import org.certamen.server.redis.RedisKeys;
import org.certamen.server.redis.RedisSecrets;
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
    return tokens().save(token);
  }

  @Override
  public Future<Optional<AccessToken>> find(String value) {
    return tokens().find(value);
  }

  private RedisSecrets<AccessToken> tokens() {
    return new RedisSecrets<>(redis, clock, AccessToken::value, this::key,
        RedisTokenRepository::encode, RedisTokenRepository::decode);
  }

  /** The token's key, or null when the value names no session. */
  private String key(String value) {
    String sessionId = AccessToken.sessionIdOf(value);
    return sessionId == null ? null : keys.of(sessionId, "token:" + RedisKeys.digest(value));
  }

  private static String encode(AccessToken token) {
    return new JsonObject()
        .put("role", token.role().name())
        .put("candidateId", token.candidateId())
        .put("expiresAt", token.expiresAt().toString())
        .encode();
  }

  private static AccessToken decode(String value, String text) {
    JsonObject json = new JsonObject(text);
    return new AccessToken(value, Role.valueOf(json.getString("role")), AccessToken.sessionIdOf(value),
        json.getString("candidateId"), Instant.parse(json.getString("expiresAt")));
  }
}

package org.certamen.server.redis;

import io.lettuce.core.SetArgs;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.certamen.server.shared.Expiring;
import org.certamen.server.shared.ExpiringSecrets;

/**
 * Secrets of one kind, each under its own key with a TTL until it expires, and checked against the
 * clock when read. Keys are named by the secret's {@link RedisKeys#digest}, so that a copy of Redis
 * holds no usable secret.
 *
 * @param valueOf a secret's value, by which it is found
 * @param keyOf the key of a secret's value, or null when the value cannot be one of these secrets
 * @param encode what is stored of a secret
 * @param decode the secret of a value and what was stored of it
 */
public record RedisSecrets<T extends Expiring>(RedisConnection redis, Clock clock,
    Function<T, String> valueOf, Function<String, String> keyOf, Function<T, String> encode,
    BiFunction<String, String, T> decode) implements ExpiringSecrets<T> {

  @Override
  public Future<Void> save(T secret) {
    // An already expired secret still gets a moment of life: PX must be positive.
    long ttlMillis = Math.max(1, Duration.between(clock.instant(), secret.expiresAt()).toMillis());
    return RedisFutures.toFuture(redis.commands().set(keyOf.apply(valueOf.apply(secret)),
        encode.apply(secret), SetArgs.Builder.px(ttlMillis))).mapEmpty();
  }

  @Override
  public Future<Optional<T>> find(String value) {
    String key = keyOf.apply(value);
    return key == null ? Future.succeededFuture(Optional.empty())
        : live(value, RedisFutures.toFuture(redis.commands().get(key)));
  }

  @Override
  public Future<Optional<T>> take(String value) {
    String key = keyOf.apply(value);
    return key == null ? Future.succeededFuture(Optional.empty())
        : live(value, RedisFutures.toFuture(redis.commands().getdel(key)));
  }

  @Override
  public Future<Void> delete(T secret) {
    return RedisFutures.toFuture(redis.commands().del(keyOf.apply(valueOf.apply(secret))))
        .mapEmpty();
  }

  /** What is stored of an account's invitation or login: its address and expiry. */
  public static String addressAndExpiry(String email, Instant expiresAt) {
    return new JsonObject().put("email", email).put("expiresAt", expiresAt.toString()).encode();
  }

  /** The invitation or login that {@code read} makes of what {@link #addressAndExpiry} wrote. */
  public static <T> T fromAddressAndExpiry(String text, BiFunction<String, Instant, T> read) {
    JsonObject json = new JsonObject(text);
    return read.apply(json.getString("email"), Instant.parse(json.getString("expiresAt")));
  }

  private Future<Optional<T>> live(String value, Future<String> stored) {
    return stored.map(text -> Optional.ofNullable(text).map(found -> decode.apply(value, found))
        .filter(secret -> !secret.isExpiredAt(clock.instant())));
  }
}

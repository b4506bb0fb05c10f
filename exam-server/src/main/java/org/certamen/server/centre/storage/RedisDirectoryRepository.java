package org.certamen.server.centre.storage;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.certamen.server.centre.domain.Activation;
import org.certamen.server.centre.domain.DirectoryEntry;
import org.certamen.server.centre.domain.DirectoryRepository;
import org.certamen.server.redis.RedisConnection;
import org.certamen.server.redis.RedisFutures;
import org.certamen.server.redis.RedisKeys;
import org.certamen.server.redis.RedisSecrets;
import org.certamen.server.shared.ExpiringSecrets;

/**
 * The directory in the hash {@code {directory}:schools} (UAI to JSON), the centre each activated
 * UAI became in the hash {@code {directory}:centres} (claimed with {@code HSETNX}), and pending
 * activations under {@code {directory}:activation:DIGEST} with a TTL, taken with {@code GETDEL}.
 * All under one hash tag: the directory is one index that spans centres.
 */
public record RedisDirectoryRepository(RedisConnection redis, RedisKeys keys, Clock clock)
    implements DirectoryRepository {
  /** Entries written per {@code HSET}: a national directory is tens of thousands of lines. */
  private static final int BATCH = 1000;

  @Override
  public Future<Void> save(List<DirectoryEntry> entries) {
    Future<Void> chain = Future.succeededFuture();
    for (int start = 0; start < entries.size(); start += BATCH) {
      Map<String, String> batch = new LinkedHashMap<>();
      entries.subList(start, Math.min(entries.size(), start + BATCH)).forEach(entry ->
          batch.put(entry.uai(), new JsonObject().put("uai", entry.uai()).put("name", entry.name())
              .put("officialEmail", entry.officialEmail()).put("type", entry.type()).encode()));
      chain = chain.compose(ok -> RedisFutures.toFuture(redis.commands().hset(key("schools"), batch))
          .mapEmpty());
    }
    return chain;
  }

  @Override
  public Future<Optional<DirectoryEntry>> find(String uai) {
    return RedisFutures.toFuture(redis.commands().hget(key("schools"), uai))
        .map(text -> Optional.ofNullable(text).map(JsonObject::new).map(json -> new DirectoryEntry(
            json.getString("uai"), json.getString("name"), json.getString("officialEmail"),
            json.getString("type"))));
  }

  @Override
  public ExpiringSecrets<Activation> activations() {
    return new RedisSecrets<>(redis, clock, Activation::token, this::activationKey,
        activation -> new JsonObject().put("uai", activation.uai())
            .put("expiresAt", activation.expiresAt().toString()).encode(),
        (token, text) -> {
          JsonObject json = new JsonObject(text);
          return new Activation(token, json.getString("uai"),
              Instant.parse(json.getString("expiresAt")));
        });
  }

  @Override
  public Future<String> claimCentre(String uai, String centreId) {
    return RedisFutures.toFuture(redis.commands().hsetnx(key("centres"), uai, centreId))
        .compose(claimed -> claimed ? Future.succeededFuture(centreId)
            : RedisFutures.toFuture(redis.commands().hget(key("centres"), uai)));
  }

  private String key(String name) {
    return keys.index("directory") + ":" + name;
  }

  private String activationKey(String token) {
    return key("activation:" + RedisKeys.digest(token));
  }
}

package org.certamen.server.results.storage;

import io.lettuce.core.KeyValue;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.ZAddArgs;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.certamen.server.redis.LuaScript;
import org.certamen.server.redis.RedisConnection;
import org.certamen.server.redis.RedisFutures;
import org.certamen.server.redis.RedisKeys;
import org.certamen.server.results.domain.CertificationResult;
import org.certamen.server.results.domain.CertifiedCandidate;
import org.certamen.server.results.domain.Finalization;
import org.certamen.server.results.domain.ResultRepository;

/**
 * A session's finalisation in {@code {SESSIONID}:finalization} (created with {@code SET NX}), its
 * publication in {@code {SESSIONID}:publication}, every version of its results in the list
 * {@code {SESSIONID}:results} with the latest version per candidate in the hash
 * {@code {SESSIONID}:result-versions}; an append is one Lua script that checks publication and
 * version. Two indexes span sessions, each in a slot of its own: the sorted set
 * {@code {finalized-sessions}} (session ids by finalisation time) and
 * {@code {CODE}:certificate} per verification code. An index is written before the data it points
 * to, and readers skip entries whose data is missing, so a failure between the two leaves no
 * inconsistency that shows.
 */
public record RedisResultRepository(RedisConnection redis, RedisKeys keys)
    implements ResultRepository {
  private static final LuaScript APPEND = LuaScript.load("append-result", ScriptOutputType.INTEGER);

  @Override
  public Future<Boolean> saveFinalization(Finalization finalization) {
    String sessionId = finalization.sessionId();
    return RedisFutures.toFuture(redis.commands().zadd(finalizedIndex(), ZAddArgs.Builder.nx(),
            (double) finalization.finalizedAt().toEpochMilli(), sessionId))
        .compose(indexed -> RedisFutures.toFuture(redis.commands().set(keys.of(sessionId, "finalization"),
            ResultJson.encode(finalization), SetArgs.Builder.nx())))
        .map("OK"::equals);
  }

  @Override
  public Future<Optional<Finalization>> findFinalization(String sessionId) {
    return RedisFutures.toFuture(redis.commands().mget(keys.of(sessionId, "finalization"),
            keys.of(sessionId, "publication")))
        .map(values -> {
          KeyValue<String, String> finalization = values.get(0);
          if (!finalization.hasValue()) {
            return Optional.empty();
          }
          KeyValue<String, String> publication = values.get(1);
          if (!publication.hasValue()) {
            return Optional.of(ResultJson.decodeFinalization(finalization.getValue(), null, null));
          }
          JsonObject published = new JsonObject(publication.getValue());
          return Optional.of(ResultJson.decodeFinalization(finalization.getValue(),
              Instant.parse(published.getString("at")), published.getString("by")));
        });
  }

  @Override
  public Future<List<Finalization>> listFinalizations() {
    return RedisFutures.toFuture(redis.commands().zrange(finalizedIndex(), 0, -1)).compose(sessionIds -> {
      List<Future<Optional<Finalization>>> found = sessionIds.stream()
          .map(this::findFinalization).toList();
      return Future.all(found).map(all -> found.stream().map(Future::result)
          .flatMap(Optional::stream).toList());
    });
  }

  @Override
  public Future<Boolean> publish(String sessionId, Instant at, String by) {
    String publication = new JsonObject().put("at", at.toString()).put("by", by).encode();
    return RedisFutures.toFuture(redis.commands().set(keys.of(sessionId, "publication"), publication,
        SetArgs.Builder.nx())).map("OK"::equals);
  }

  @Override
  public Future<Append> append(CertificationResult result) {
    String sessionId = result.sessionId();
    String[] resultKeys = {keys.of(sessionId, "publication"),
        keys.of(sessionId, "result-versions"), keys.of(sessionId, "results")};
    return APPEND.<Long>run(redis, resultKeys, result.candidateId(),
            Integer.toString(result.version() - 1), Integer.toString(result.version()),
            ResultJson.encode(result))
        .map(outcome -> outcome == 1L ? Append.STORED
            : outcome == 0L ? Append.CONFLICT : Append.PUBLISHED);
  }

  @Override
  public Future<List<CertificationResult>> history(String sessionId) {
    return RedisFutures.toFuture(redis.commands().lrange(keys.of(sessionId, "results"), 0, -1))
        .map(jsons -> jsons.stream().map(ResultJson::decodeResult).toList());
  }

  @Override
  public Future<Boolean> registerCertificate(String verificationCode, String sessionId,
      String candidateId) {
    String holder = new JsonObject().put("sessionId", sessionId).put("candidateId", candidateId)
        .encode();
    return RedisFutures.toFuture(redis.commands().set(keys.of(verificationCode, "certificate"), holder,
        SetArgs.Builder.nx())).map("OK"::equals);
  }

  @Override
  public Future<Optional<CertifiedCandidate>> findCertificate(String verificationCode) {
    return RedisFutures.toFuture(redis.commands().get(keys.of(verificationCode, "certificate")))
        .map(json -> Optional.ofNullable(json).map(JsonObject::new)
            .map(o -> new CertifiedCandidate(o.getString("sessionId"), o.getString("candidateId"))));
  }

  private String finalizedIndex() {
    return keys.index("finalized-sessions");
  }
}

package org.certamen.server.roster.storage;

import io.lettuce.core.ScriptOutputType;
import io.vertx.core.Future;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.certamen.server.redis.LuaScript;
import org.certamen.server.redis.RedisConnection;
import org.certamen.server.redis.RedisFutures;
import org.certamen.server.redis.RedisKeys;
import org.certamen.server.roster.domain.Pupil;
import org.certamen.server.roster.domain.PupilProfile;
import org.certamen.server.roster.domain.PupilRepository;
import org.certamen.server.roster.domain.RosterImportSummary;

/**
 * A school's roster under its centre's hash tag: pupils in the hash {@code {centre:ID}:pupils}
 * (id to JSON), their latest profiles in the hash {@code {centre:ID}:pupil-profiles}, the last
 * import's summary under {@code {centre:ID}:pupil-import}.
 */
public record RedisPupilRepository(RedisConnection redis, RedisKeys keys)
    implements PupilRepository {
  private static final LuaScript SAVE_PROFILE =
      LuaScript.load("save-pupil-profile", ScriptOutputType.VALUE);

  @Override
  public Future<List<Pupil>> listByCentre(String centreId) {
    Future<Map<String, String>> pupils =
        RedisFutures.toFuture(redis.commands().hgetall(keys.ofCentre(centreId, "pupils")));
    Future<Map<String, String>> profiles =
        RedisFutures.toFuture(redis.commands().hgetall(keys.ofCentre(centreId, "pupil-profiles")));
    return Future.all(pupils, profiles).map(both -> pupils.result().entrySet().stream()
        .map(e -> RosterJson.decodePupil(e.getValue(),
            RosterJson.decodeProfile(profiles.result().get(e.getKey()))))
        .toList());
  }

  @Override
  public Future<Optional<Pupil>> find(String centreId, String pupilId) {
    Future<String> pupil =
        RedisFutures.toFuture(redis.commands().hget(keys.ofCentre(centreId, "pupils"), pupilId));
    Future<String> profile = RedisFutures.toFuture(
        redis.commands().hget(keys.ofCentre(centreId, "pupil-profiles"), pupilId));
    return Future.all(pupil, profile).map(both -> Optional.ofNullable(pupil.result())
        .map(json -> RosterJson.decodePupil(json, RosterJson.decodeProfile(profile.result()))));
  }

  @Override
  public Future<Void> saveAll(String centreId, List<Pupil> pupils) {
    if (pupils.isEmpty()) {
      return Future.succeededFuture();
    }
    Map<String, String> fields = new LinkedHashMap<>();
    pupils.forEach(pupil -> fields.put(pupil.id(), RosterJson.encode(pupil)));
    return RedisFutures.toFuture(redis.commands().hset(keys.ofCentre(centreId, "pupils"), fields))
        .mapEmpty();
  }

  @Override
  public Future<PupilProfile> saveProfile(String centreId, String pupilId, PupilProfile profile) {
    return SAVE_PROFILE.<String>run(redis,
            new String[] {keys.ofCentre(centreId, "pupil-profiles")}, pupilId,
            String.valueOf(profile.sharedAt().toEpochMilli()), RosterJson.encode(profile))
        .map(RosterJson::decodeProfile);
  }

  @Override
  public Future<Optional<RosterImportSummary>> lastImport(String centreId) {
    return RedisFutures.toFuture(redis.commands().get(keys.ofCentre(centreId, "pupil-import")))
        .map(text -> Optional.ofNullable(text).map(RosterJson::decodeSummary));
  }

  @Override
  public Future<Void> saveLastImport(String centreId, RosterImportSummary summary) {
    return RedisFutures.toFuture(redis.commands()
        .set(keys.ofCentre(centreId, "pupil-import"), RosterJson.encode(summary))).mapEmpty();
  }
}

package org.certamen.server.campaigns.storage;

import io.lettuce.core.ScriptOutputType;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.certamen.server.campaigns.domain.Participation;
import org.certamen.server.campaigns.domain.ParticipationRepository;
import org.certamen.server.redis.LuaScript;
import org.certamen.server.redis.RedisConnection;
import org.certamen.server.redis.RedisFutures;
import org.certamen.server.redis.RedisKeys;

/**
 * A pupil's participations under their own hash tag {@code {pupil:CENTREID:PUPILID}}: the hash
 * {@code participations} (id to {@link ParticipationJson}), their versions in
 * {@code participation-versions}, and {@code campaigns} (campaign id to participation id), so
 * that joining and each save are one script on one slot. A campaign's participants are indexed in
 * the hash {@code {campaign:ID}:participants} (participation id to {@code [centreId, pupilId]}),
 * written again at each save so that a crash between the two writes heals itself.
 */
public record RedisParticipationRepository(RedisConnection redis, RedisKeys keys)
    implements ParticipationRepository {
  private static final LuaScript JOIN = LuaScript.load("join-campaign", ScriptOutputType.VALUE);
  /** The compare-and-set of one participation with its version. */
  private static final LuaScript SAVE =
      LuaScript.load("save-versioned", ScriptOutputType.INTEGER);

  @Override
  public Future<Participation> join(Participation participation) {
    Participation first = participation.withVersion(1);
    String[] scriptKeys = {pupilKey(participation, "campaigns"),
        pupilKey(participation, "participation-versions"),
        pupilKey(participation, "participations")};
    return JOIN.<String>run(redis, scriptKeys, participation.campaignId(), participation.id(),
            ParticipationJson.encode(first))
        .compose(storedId -> storedId.equals(participation.id())
            ? index(first).map(first)
            : find(participation.centreId(), participation.pupilId(), storedId)
                .map(Optional::orElseThrow));
  }

  @Override
  public Future<Optional<Participation>> find(String centreId, String pupilId,
      String participationId) {
    return RedisFutures.toFuture(redis.commands().hget(pupilKey(centreId, pupilId,
            "participations"), participationId))
        .map(json -> Optional.ofNullable(json).map(ParticipationJson::decode));
  }

  @Override
  public Future<List<Participation>> ofPupil(String centreId, String pupilId) {
    return RedisFutures.toFuture(redis.commands().hvals(pupilKey(centreId, pupilId,
            "participations")))
        .map(jsons -> jsons.stream().map(ParticipationJson::decode).toList());
  }

  @Override
  public Future<List<Participation>> ofCampaign(String campaignId) {
    return RedisFutures.toFuture(redis.commands().hgetall(participantsKey(campaignId)))
        .compose(index -> Future.all(index.entrySet().stream().map(this::find).toList()))
        .map(found -> found.<Optional<Participation>>list().stream().flatMap(Optional::stream)
            .toList());
  }

  private Future<Optional<Participation>> find(Map.Entry<String, String> indexed) {
    JsonArray pupil = new JsonArray(indexed.getValue());
    return find(pupil.getString(0), pupil.getString(1), indexed.getKey());
  }

  @Override
  public Future<Participation> save(Participation participation) {
    Participation saved = participation.withVersion(participation.version() + 1);
    String[] scriptKeys = {pupilKey(participation, "participation-versions"),
        pupilKey(participation, "participations")};
    return SAVE.<Long>run(redis, scriptKeys, participation.id(),
            Long.toString(participation.version()), Long.toString(saved.version()),
            ParticipationJson.encode(saved))
        .compose(stored -> stored == 1L ? index(saved).map(saved)
            : Future.failedFuture(ParticipationRepository.concurrentUpdate()));
  }

  private Future<Void> index(Participation participation) {
    return RedisFutures.toFuture(redis.commands().hset(participantsKey(participation.campaignId()),
        participation.id(), new JsonArray().add(participation.centreId())
            .add(participation.pupilId()).encode())).mapEmpty();
  }

  private String pupilKey(Participation participation, String name) {
    return pupilKey(participation.centreId(), participation.pupilId(), name);
  }

  private String pupilKey(String centreId, String pupilId, String name) {
    return keys.of("pupil:" + centreId + ":" + pupilId, name);
  }

  private String participantsKey(String campaignId) {
    return keys.of("campaign:" + campaignId, "participants");
  }
}

package org.certamen.server.campaigns.storage;

import io.vertx.core.Future;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.certamen.server.campaigns.domain.Participation;
import org.certamen.server.campaigns.domain.ParticipationRepository;

/**
 * Participations in one map by id, for one server process; the compare-and-set is a
 * {@link Map#compute} on the participation's key, joining a {@code putIfAbsent} on the pupil and
 * campaign.
 */
public final class InMemoryParticipationRepository implements ParticipationRepository {
  private final Map<String, Participation> byId = new ConcurrentHashMap<>();
  private final Map<String, String> idByPupilAndCampaign = new ConcurrentHashMap<>();

  @Override
  public Future<Participation> join(Participation participation) {
    Participation first = participation.withVersion(1);
    String existing = idByPupilAndCampaign.putIfAbsent(key(participation.centreId(),
        participation.pupilId(), participation.campaignId()), participation.id());
    if (existing != null) {
      return Future.succeededFuture(byId.get(existing));
    }
    byId.put(first.id(), first);
    return Future.succeededFuture(first);
  }

  @Override
  public Future<Optional<Participation>> find(String centreId, String pupilId,
      String participationId) {
    return Future.succeededFuture(Optional.ofNullable(byId.get(participationId))
        .filter(p -> p.centreId().equals(centreId) && p.pupilId().equals(pupilId)));
  }

  @Override
  public Future<List<Participation>> ofPupil(String centreId, String pupilId) {
    return Future.succeededFuture(byId.values().stream()
        .filter(p -> p.centreId().equals(centreId) && p.pupilId().equals(pupilId)).toList());
  }

  @Override
  public Future<List<Participation>> ofCampaign(String campaignId) {
    return Future.succeededFuture(byId.values().stream()
        .filter(p -> p.campaignId().equals(campaignId)).toList());
  }

  @Override
  public Future<Participation> save(Participation participation) {
    Participation saved = participation.withVersion(participation.version() + 1);
    boolean[] won = new boolean[1];
    byId.compute(participation.id(), (id, stored) -> {
      won[0] = stored != null && stored.version() == participation.version();
      return won[0] ? saved : stored;
    });
    return won[0] ? Future.succeededFuture(saved)
        : Future.failedFuture(ParticipationRepository.concurrentUpdate());
  }

  private static String key(String centreId, String pupilId, String campaignId) {
    return centreId + '\0' + pupilId + '\0' + campaignId;
  }
}

package org.certamen.server.campaigns.storage;

import io.vertx.core.Future;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.certamen.server.campaigns.domain.Campaign;
import org.certamen.server.campaigns.domain.CampaignRepository;

/** Campaigns in maps, for one server process. */
public final class InMemoryCampaignRepository implements CampaignRepository {
  private final Map<String, Campaign> campaigns = new ConcurrentHashMap<>();
  private final Map<String, String> idByCode = new ConcurrentHashMap<>();
  private final Map<String, List<String>> idsByCentre = new ConcurrentHashMap<>();

  @Override
  public Future<Boolean> create(Campaign campaign) {
    if (idByCode.putIfAbsent(campaign.code(), campaign.id()) != null) {
      return Future.succeededFuture(false);
    }
    campaigns.put(campaign.id(), campaign);
    idsByCentre.computeIfAbsent(campaign.centreId(), id -> new CopyOnWriteArrayList<>())
        .add(campaign.id());
    return Future.succeededFuture(true);
  }

  @Override
  public Future<Optional<Campaign>> find(String campaignId) {
    return Future.succeededFuture(Optional.ofNullable(campaigns.get(campaignId)));
  }

  @Override
  public Future<Optional<Campaign>> findByCode(String code) {
    return Future.succeededFuture(Optional.ofNullable(idByCode.get(code)).map(campaigns::get));
  }

  @Override
  public Future<List<Campaign>> ofCentre(String centreId) {
    return Future.succeededFuture(idsByCentre.getOrDefault(centreId, List.of()).stream()
        .map(campaigns::get).toList());
  }
}

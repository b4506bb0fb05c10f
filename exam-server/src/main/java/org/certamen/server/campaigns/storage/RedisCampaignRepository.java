package org.certamen.server.campaigns.storage;

import io.lettuce.core.SetArgs;
import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;
import org.certamen.server.campaigns.domain.Campaign;
import org.certamen.server.campaigns.domain.CampaignRepository;
import org.certamen.server.redis.RedisConnection;
import org.certamen.server.redis.RedisFutures;
import org.certamen.server.redis.RedisKeys;

/**
 * A campaign under {@code {campaign:ID}:campaign}, its code claimed with {@code SET NX} under
 * {@code {campaign-code:CODE}:campaign} (the campaign's id), the centre's campaigns in the list
 * {@code {centre:ID}:campaigns}.
 */
public record RedisCampaignRepository(RedisConnection redis, RedisKeys keys)
    implements CampaignRepository {
  @Override
  public Future<Boolean> create(Campaign campaign) {
    return RedisFutures.toFuture(redis.commands().set(codeKey(campaign.code()), campaign.id(),
            SetArgs.Builder.nx()))
        .compose(claimed -> !"OK".equals(claimed) ? Future.succeededFuture(false)
            : RedisFutures.toFuture(redis.commands().set(campaignKey(campaign.id()),
                    CampaignRecordJson.encode(campaign)))
                .compose(ok -> RedisFutures.toFuture(redis.commands().rpush(
                    keys.ofCentre(campaign.centreId(), "campaigns"), campaign.id())))
                .map(true));
  }

  @Override
  public Future<Optional<Campaign>> find(String campaignId) {
    return RedisFutures.toFuture(redis.commands().get(campaignKey(campaignId)))
        .map(text -> Optional.ofNullable(text).map(CampaignRecordJson::campaign));
  }

  @Override
  public Future<Optional<Campaign>> findByCode(String code) {
    return RedisFutures.toFuture(redis.commands().get(codeKey(code)))
        .compose(id -> id == null ? Future.succeededFuture(Optional.empty()) : find(id));
  }

  @Override
  public Future<List<Campaign>> ofCentre(String centreId) {
    return RedisFutures.toFuture(redis.commands().lrange(keys.ofCentre(centreId, "campaigns"), 0, -1))
        .compose(ids -> Future.all(ids.stream().map(this::find).toList()))
        .map(found -> found.<Optional<Campaign>>list().stream().flatMap(Optional::stream).toList());
  }

  private String campaignKey(String campaignId) {
    return keys.of("campaign:" + campaignId, "campaign");
  }

  private String codeKey(String code) {
    return keys.of("campaign-code:" + code, "campaign");
  }
}

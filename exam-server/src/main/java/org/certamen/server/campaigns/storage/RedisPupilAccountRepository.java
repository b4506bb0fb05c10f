package org.certamen.server.campaigns.storage;

import io.lettuce.core.SetArgs;
import io.vertx.core.Future;
import java.time.Clock;
import java.util.Optional;
import org.certamen.server.campaigns.domain.PupilAccount;
import org.certamen.server.campaigns.domain.PupilAccountRepository;
import org.certamen.server.campaigns.domain.PupilLogin;
import org.certamen.server.redis.RedisConnection;
import org.certamen.server.redis.RedisFutures;
import org.certamen.server.redis.RedisKeys;
import org.certamen.server.redis.RedisSecrets;
import org.certamen.server.shared.ExpiringSecrets;

/**
 * An account under {@code {pupil-account:IDENTIFIER}:account}, claimed with {@code SET NX}; the
 * roster pupil's identifier under {@code {pupil:CENTREID:PUPILID}:account}, claimed the same way
 * (the identifier's claim is taken back when the pupil has one already); a token under
 * {@code {pupil-login:DIGEST}:login} with a TTL, keyed by digest so that a copy of Redis holds no
 * usable token.
 */
public record RedisPupilAccountRepository(RedisConnection redis, RedisKeys keys, Clock clock)
    implements PupilAccountRepository {
  @Override
  public Future<Creation> create(PupilAccount account) {
    String accountKey = accountKey(account.identifier());
    return RedisFutures.toFuture(redis.commands().set(accountKey, CampaignRecordJson.encode(account),
            SetArgs.Builder.nx()))
        .compose(claimed -> !"OK".equals(claimed) ? Future.succeededFuture(Creation.IDENTIFIER_TAKEN)
            : RedisFutures.toFuture(redis.commands().set(
                    pupilKey(account.centreId(), account.pupilId()), account.identifier(),
                    SetArgs.Builder.nx()))
                .compose(mine -> "OK".equals(mine) ? Future.succeededFuture(Creation.CREATED)
                    : RedisFutures.toFuture(redis.commands().del(accountKey))
                        .map(Creation.PUPIL_HAS_ACCOUNT)));
  }

  @Override
  public Future<Void> save(PupilAccount account) {
    return RedisFutures.toFuture(redis.commands().set(accountKey(account.identifier()),
        CampaignRecordJson.encode(account))).mapEmpty();
  }

  @Override
  public Future<Optional<PupilAccount>> find(String identifier) {
    return RedisFutures.toFuture(redis.commands().get(accountKey(identifier)))
        .map(text -> Optional.ofNullable(text).map(CampaignRecordJson::account));
  }

  @Override
  public Future<Optional<PupilAccount>> findByPupil(String centreId, String pupilId) {
    return RedisFutures.toFuture(redis.commands().get(pupilKey(centreId, pupilId)))
        .compose(identifier -> identifier == null ? Future.succeededFuture(Optional.empty())
            : find(identifier));
  }

  @Override
  public ExpiringSecrets<PupilLogin> logins() {
    return new RedisSecrets<PupilLogin>(redis, clock, PupilLogin::value, this::loginKey,
        CampaignRecordJson::encode, CampaignRecordJson::login);
  }

  private String accountKey(String identifier) {
    return keys.of("pupil-account:" + identifier, "account");
  }

  private String pupilKey(String centreId, String pupilId) {
    return keys.of("pupil:" + centreId + ":" + pupilId, "account");
  }

  private String loginKey(String value) {
    return keys.of("pupil-login:" + RedisKeys.digest(value), "login");
  }
}

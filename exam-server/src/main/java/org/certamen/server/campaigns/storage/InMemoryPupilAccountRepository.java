package org.certamen.server.campaigns.storage;

import io.vertx.core.Future;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.certamen.server.campaigns.domain.PupilAccount;
import org.certamen.server.campaigns.domain.PupilAccountRepository;
import org.certamen.server.campaigns.domain.PupilLogin;
import org.certamen.server.memory.InMemorySecrets;
import org.certamen.server.shared.ExpiringSecrets;

/** Pupil accounts in maps, for one server process; expired tokens are forgotten when looked up. */
public final class InMemoryPupilAccountRepository implements PupilAccountRepository {
  private final Map<String, PupilAccount> accounts = new ConcurrentHashMap<>();
  private final Map<String, String> identifierByPupil = new ConcurrentHashMap<>();
  private final InMemorySecrets<PupilLogin> logins;

  public InMemoryPupilAccountRepository(Clock clock) {
    this.logins = new InMemorySecrets<>(PupilLogin::value, clock);
  }

  @Override
  public synchronized Future<Creation> create(PupilAccount account) {
    if (accounts.containsKey(account.identifier())) {
      return Future.succeededFuture(Creation.IDENTIFIER_TAKEN);
    }
    if (identifierByPupil.putIfAbsent(pupil(account.centreId(), account.pupilId()),
        account.identifier()) != null) {
      return Future.succeededFuture(Creation.PUPIL_HAS_ACCOUNT);
    }
    accounts.put(account.identifier(), account);
    return Future.succeededFuture(Creation.CREATED);
  }

  @Override
  public Future<Void> save(PupilAccount account) {
    accounts.put(account.identifier(), account);
    return Future.succeededFuture();
  }

  @Override
  public Future<Optional<PupilAccount>> find(String identifier) {
    return Future.succeededFuture(Optional.ofNullable(accounts.get(identifier)));
  }

  @Override
  public Future<Optional<PupilAccount>> findByPupil(String centreId, String pupilId) {
    return Future.succeededFuture(Optional.ofNullable(identifierByPupil.get(pupil(centreId, pupilId)))
        .map(accounts::get));
  }

  @Override
  public ExpiringSecrets<PupilLogin> logins() {
    return logins;
  }

  private static String pupil(String centreId, String pupilId) {
    return centreId + '\0' + pupilId;
  }
}

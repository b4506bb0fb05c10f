package org.certamen.server.exam.storage;

import io.vertx.core.Future;
import java.time.Clock;
import java.util.Optional;
import org.certamen.server.exam.domain.AccessToken;
import org.certamen.server.exam.domain.TokenRepository;
import org.certamen.server.shared.RecentlyUsed;

/**
 * Tokens a remote store holds, remembered by this server once seen: a token never changes until
 * it expires, so every request after the first is authenticated without asking the store.
 */
public final class CachedTokenRepository implements TokenRepository {
  /** About 10 MB at most: several times the candidates and invigilators one server sees a day. */
  private static final int CAPACITY = 50_000;

  private final TokenRepository store;
  private final Clock clock;
  private final RecentlyUsed<AccessToken> seen = new RecentlyUsed<>(CAPACITY);

  public CachedTokenRepository(TokenRepository store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  @Override
  public Future<Void> save(AccessToken token) {
    return store.save(token).onSuccess(saved -> seen.put(token.value(), token));
  }

  @Override
  public Future<Optional<AccessToken>> find(String value) {
    AccessToken token = seen.get(value);
    if (token != null && !token.isExpiredAt(clock.instant())) {
      return Future.succeededFuture(Optional.of(token));
    }
    seen.remove(value);
    return store.find(value).onSuccess(found -> found.ifPresent(t -> seen.put(value, t)));
  }
}

package org.certamen.server.exam.storage;

import io.vertx.core.Future;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.certamen.server.exam.domain.AccessToken;
import org.certamen.server.exam.domain.TokenRepository;

/** Tokens in a map; an expired token is forgotten when it is looked up. */
public final class InMemoryTokenRepository implements TokenRepository {
  private final Map<String, AccessToken> tokens = new ConcurrentHashMap<>();
  private final Clock clock;

  public InMemoryTokenRepository(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Future<Void> save(AccessToken token) {
    tokens.put(token.value(), token);
    return Future.succeededFuture();
  }

  @Override
  public Future<Optional<AccessToken>> find(String value) {
    AccessToken token = tokens.get(value);
    if (token != null && token.isExpiredAt(clock.instant())) {
      tokens.remove(value, token);
      token = null;
    }
    return Future.succeededFuture(Optional.ofNullable(token));
  }
}

package org.certamen.server.exam.storage;

import io.vertx.core.Future;
import java.time.Clock;
import java.util.Optional;
import org.certamen.server.exam.domain.AccessToken;
import org.certamen.server.exam.domain.TokenRepository;
import org.certamen.server.memory.InMemorySecrets;

/** Tokens in a map; an expired token is forgotten when it is looked up. */
public final class InMemoryTokenRepository implements TokenRepository {
  private final InMemorySecrets<AccessToken> tokens;

  public InMemoryTokenRepository(Clock clock) {
    this.tokens = new InMemorySecrets<>(AccessToken::value, clock);
  }

  @Override
  public Future<Void> save(AccessToken token) {
    return tokens.save(token);
  }

  @Override
  public Future<Optional<AccessToken>> find(String value) {
    return tokens.find(value);
  }
}

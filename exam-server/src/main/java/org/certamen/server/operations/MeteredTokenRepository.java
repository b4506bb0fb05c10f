package org.certamen.server.operations;

import io.vertx.core.Future;
import java.util.Optional;
import org.certamen.server.exam.domain.AccessToken;
import org.certamen.server.exam.domain.TokenRepository;

/**
 * The tokens measured by plain calls: every candidate's request looks its token up, so no
 * reflective proxy as for the other repositories.
 */
final class MeteredTokenRepository implements TokenRepository {
  private final TokenRepository tokens;
  private final StoreCallMeter meter;

  MeteredTokenRepository(TokenRepository tokens, ProductMetrics metrics) {
    this.tokens = tokens;
    this.meter = new StoreCallMeter("tokens", metrics);
  }

  @Override
  public Future<Void> save(AccessToken token) {
    return meter.measure(() -> tokens.save(token));
  }

  @Override
  public Future<Optional<AccessToken>> find(String value) {
    return meter.measure(() -> tokens.find(value));
  }
}

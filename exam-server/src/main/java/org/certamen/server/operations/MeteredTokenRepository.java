package org.certamen.server.operations;

import io.vertx.core.Future;
import java.util.Optional;
import org.certamen.server.exam.domain.AccessToken;
import org.certamen.server.exam.domain.TokenRepository;

/**
 * The tokens measured by plain calls: every candidate's request looks its token up, so no
 * reflective proxy as for the other repositories.
 */
record MeteredTokenRepository(TokenRepository tokens, StoreCallMeter meter)
    implements TokenRepository {
  @Override
  public Future<Void> save(AccessToken token) {
    return meter.measure(() -> tokens.save(token));
  }

  @Override
  public Future<Optional<AccessToken>> find(String value) {
    return meter.measure(() -> tokens.find(value));
  }
}

package org.certamen.server.results.domain;

import io.vertx.core.Future;
import java.util.Optional;
import org.certamen.server.planning.domain.SessionClosure;

/** What the other contexts consult: a session is closed once finalised. */
public final class FinalizedSessions implements SessionClosure {
  private final ResultRepository results;

  public FinalizedSessions(ResultRepository results) {
    this.results = results;
  }

  @Override
  public Future<Boolean> isClosed(String sessionId) {
    return results.findFinalization(sessionId).map(Optional::isPresent);
  }
}

package org.certamen.server.results.domain;

import io.vertx.core.Future;
import java.util.Optional;
import org.certamen.server.planning.domain.SessionClosure;

/** What the other contexts consult: a session is closed once finalised. */
public record FinalizedSessions(ResultRepository results) implements SessionClosure {
  @Override
  public Future<Boolean> isClosed(String sessionId) {
    return results.findFinalization(sessionId).map(Optional::isPresent);
  }
}

package org.certamen.server.planning.domain;

import io.vertx.core.Future;
import org.certamen.server.shared.DomainException;

/**
 * Whether a session was finalised. A finalised session is closed: candidates can no longer enter,
 * start or answer. The results context, which finalises sessions, provides it.
 */
@FunctionalInterface
public interface SessionClosure {

  /** True once the session is finalised; fails only when the store is unreachable. */
  Future<Boolean> isClosed(String sessionId);

  /** Succeeds while the session is open; fails with {@code SESSION_FINALIZED} (409) once closed. */
  default Future<Void> requireOpen(String sessionId) {
    return isClosed(sessionId).compose(closed -> closed
        ? Future.failedFuture(DomainException.conflict("SESSION_FINALIZED",
            "Session " + sessionId + " is finalised: the exam is closed"))
        : Future.succeededFuture());
  }
}

package org.certamen.server.exam.http;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import org.certamen.server.exam.domain.AccessService;
import org.certamen.server.exam.domain.AccessToken;
import org.certamen.server.exam.domain.Role;
import org.certamen.server.http.Authenticator;
import org.certamen.server.http.Guards;

/**
 * A session's access tokens: a candidate's, and the invigilator's, which opens that session's
 * supervision only. Registered last, it answers for every token no other kind recognises, so
 * that any other text is {@code INVALID_TOKEN}.
 */
public final class AccessGuard implements Authenticator {
  /** Who holds a session's invigilator token, as results record who changed them. */
  private static final String INVIGILATOR = "invigilator";

  private final AccessService access;

  public AccessGuard(AccessService access) {
    this.access = access;
  }

  /** A candidate's token; the route then serves that candidate only. */
  public Future<AccessToken> candidate(RoutingContext ctx) {
    return access.authenticate(Guards.bearer(ctx)).map(token -> {
      if (token.role() != Role.CANDIDATE) {
        throw Guards.forbidden();
      }
      return token;
    });
  }

  @Override
  public boolean recognises(String token) {
    return true;
  }

  @Override
  public Future<Guards.Supervisor> open(String token, String sessionId, Use use) {
    return access.authenticate(token).map(found -> {
      if (use != Use.SUPERVISE || found.role() != Role.INVIGILATOR
          || !found.sessionId().equals(sessionId)) {
        throw Guards.forbidden();
      }
      return new Guards.Supervisor(INVIGILATOR, false);
    });
  }

  @Override
  public <T> Future<T> refuse(String token) {
    return access.authenticate(token).compose(valid -> Future.failedFuture(Guards.forbidden()));
  }
}

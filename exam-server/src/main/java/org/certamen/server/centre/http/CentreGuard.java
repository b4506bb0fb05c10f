package org.certamen.server.centre.http;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.certamen.server.centre.domain.CentreLogin;
import org.certamen.server.centre.domain.CentreService;
import org.certamen.server.centre.domain.CentreUser;
import org.certamen.server.http.Authenticator;
import org.certamen.server.http.Guards;

/**
 * Centre members' tokens, which open the sessions their centre planned.
 *
 * @param others the other kinds of token, which refuse theirs on a centre's routes
 */
public record CentreGuard(CentreService centres, List<Authenticator> others)
    implements Authenticator {
  /** Who holds the token of a member of the centre that planned the session. */
  private static final String CENTRE = "centre";

  public CentreGuard {
    others = List.copyOf(others);
  }

  /** A centre member's token; the route then serves that member's centre only. */
  public Future<CentreUser> centre(RoutingContext ctx) {
    String token = Guards.bearer(ctx);
    return recognises(token) ? centres.authenticate(token)
        : Guards.kindOf(others, token).refuse(token);
  }

  @Override
  public boolean recognises(String token) {
    return CentreLogin.centreIdOf(token) != null;
  }

  @Override
  public Future<Guards.Supervisor> open(String token, String sessionId, Use use) {
    return centres.authenticate(token)
        .compose(user -> centres.owns(user.centreId(), sessionId))
        .map(owned -> {
          if (!owned) {
            throw Guards.forbidden();
          }
          return new Guards.Supervisor(CENTRE, false);
        });
  }
}

package org.certamen.server.http;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import org.certamen.server.session.domain.AccessService;
import org.certamen.server.session.domain.AccessToken;
import org.certamen.server.session.domain.Role;
import org.certamen.server.shared.DomainException;
import org.certamen.server.shared.ErrorKind;
import org.certamen.server.shared.PasswordHash;

/**
 * Checks the {@code Authorization: Bearer} token against what a route needs. Fails with
 * {@code MISSING_TOKEN} or {@code INVALID_TOKEN} (401), {@code FORBIDDEN_SCOPE} (403).
 */
public final class Guards {
  /** Who holds the staff token. */
  public static final String STAFF = "staff";
  /** Who holds a session's invigilator token. */
  public static final String INVIGILATOR = "invigilator";

  private final AccessService access;
  private final String staffToken;

  public Guards(AccessService access, String staffToken) {
    this.access = access;
    this.staffToken = staffToken;
  }

  /** Only the staff token passes. */
  public Future<Void> staff(RoutingContext ctx) {
    String token = bearer(ctx);
    return isStaff(token) ? Future.succeededFuture() : Future.failedFuture(forbidden());
  }

  /** A candidate's token; the route then serves that candidate only. */
  public Future<AccessToken> candidate(RoutingContext ctx) {
    return access.authenticate(bearer(ctx)).map(token -> {
      if (token.role() != Role.CANDIDATE) {
        throw forbidden();
      }
      return token;
    });
  }

  /** The staff token, or the token of this session's invigilator. */
  public Future<Void> supervisor(RoutingContext ctx, String sessionId) {
    String token = bearer(ctx);
    if (isStaff(token)) {
      return Future.succeededFuture();
    }
    return access.authenticate(token).map(found -> {
      if (found.role() != Role.INVIGILATOR || !found.sessionId().equals(sessionId)) {
        throw forbidden();
      }
      return null;
    });
  }

  /**
   * Like {@link #supervisor}, naming who passed: {@link #STAFF} or {@link #INVIGILATOR}, as
   * results record who changed them.
   */
  public Future<String> supervisorIdentity(RoutingContext ctx, String sessionId) {
    if (isStaff(bearer(ctx))) {
      return Future.succeededFuture(STAFF);
    }
    return supervisor(ctx, sessionId).map(INVIGILATOR);
  }

  private boolean isStaff(String token) {
    return PasswordHash.constantTimeEquals(staffToken, token);
  }

  private static String bearer(RoutingContext ctx) {
    String header = ctx.request().getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() == 7) {
      throw new DomainException(ErrorKind.UNAUTHENTICATED, "MISSING_TOKEN",
          "This request needs an 'Authorization: Bearer TOKEN' header");
    }
    return header.substring(7).strip();
  }

  private static DomainException forbidden() {
    return DomainException.forbidden("FORBIDDEN_SCOPE", "This token does not open this resource");
  }
}

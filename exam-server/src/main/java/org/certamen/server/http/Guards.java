package org.certamen.server.http;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.certamen.server.shared.DomainException;
import org.certamen.server.shared.ErrorKind;

/**
 * Checks the {@code Authorization: Bearer} token of a session's routes against the kinds of token
 * the contexts plug in. Fails with {@code MISSING_TOKEN} or {@code INVALID_TOKEN} (401),
 * {@code FORBIDDEN_SCOPE} (403).
 */
public final class Guards {
  private final List<Authenticator> kinds;

  /**
   * @param kinds asked in this order; the last one answers for any token the others do not
   *     recognise
   */
  public Guards(List<Authenticator> kinds) {
    this.kinds = List.copyOf(kinds);
  }

  /** A token that may change the session's plan and enrolment. */
  public Future<Void> planner(RoutingContext ctx, String sessionId) {
    return open(ctx, sessionId, Authenticator.Use.PLAN).mapEmpty();
  }

  /** A token that may watch and act on the session. */
  public Future<Void> supervisor(RoutingContext ctx, String sessionId) {
    return supervisorIdentity(ctx, sessionId).mapEmpty();
  }

  /**
   * Like {@link #supervisor}, naming who passed, as results record who changed them: the staff
   * member's address (or {@code system}), {@code invigilator} or {@code centre}.
   */
  public Future<Supervisor> supervisorIdentity(RoutingContext ctx, String sessionId) {
    return open(ctx, sessionId, Authenticator.Use.SUPERVISE);
  }

  /** Who passed {@link #supervisorIdentity}, and whether they are staff. */
  public record Supervisor(String name, boolean isStaff) {
  }

  private Future<Supervisor> open(RoutingContext ctx, String sessionId, Authenticator.Use use) {
    String token = bearer(ctx);
    return kindOf(kinds, token).open(token, sessionId, use);
  }

  /** The first of the kinds that recognises the token, else the last one. */
  public static Authenticator kindOf(List<Authenticator> kinds, String token) {
    return kinds.stream().filter(kind -> kind.recognises(token)).findFirst()
        .orElse(kinds.get(kinds.size() - 1));
  }

  /** The request's bearer token; fails with {@code MISSING_TOKEN} without one. */
  public static String bearer(RoutingContext ctx) {
    String header = ctx.request().getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() == 7) {
      throw new DomainException(ErrorKind.UNAUTHENTICATED, "MISSING_TOKEN",
          "This request needs an 'Authorization: Bearer TOKEN' header");
    }
    return header.substring(7).strip();
  }

  /** The refusal of a valid token that does not open the resource. */
  public static DomainException forbidden() {
    return DomainException.forbidden("FORBIDDEN_SCOPE", "This token does not open this resource");
  }
}

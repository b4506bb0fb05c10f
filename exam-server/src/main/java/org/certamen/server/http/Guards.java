package org.certamen.server.http;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import org.certamen.server.centre.domain.CentreLogin;
import org.certamen.server.centre.domain.CentreService;
import org.certamen.server.centre.domain.CentreUser;
import org.certamen.server.exam.domain.AccessService;
import org.certamen.server.exam.domain.AccessToken;
import org.certamen.server.exam.domain.Role;
import org.certamen.server.shared.DomainException;
import org.certamen.server.shared.ErrorKind;
import org.certamen.server.shared.PasswordHash;
import org.certamen.server.staff.domain.StaffLogin;
import org.certamen.server.staff.domain.StaffService;
import org.certamen.server.staff.domain.StaffUser;

/**
 * Checks the {@code Authorization: Bearer} token against what a route needs. Fails with
 * {@code MISSING_TOKEN} or {@code INVALID_TOKEN} (401), {@code FORBIDDEN_SCOPE} (403).
 */
public final class Guards {
  /** Who holds a session's invigilator token. */
  public static final String INVIGILATOR = "invigilator";
  /** Who holds the token of a member of the centre that planned the session. */
  public static final String CENTRE = "centre";

  private final AccessService access;
  private final CentreService centres;
  private final StaffService staff;
  private final String staffToken;

  public Guards(AccessService access, CentreService centres, StaffService staff,
      String staffToken) {
    this.access = access;
    this.centres = centres;
    this.staff = staff;
    this.staffToken = staffToken;
  }

  /**
   * A staff account's token, or the bootstrap staff token ({@link StaffUser#SYSTEM}); the account
   * is read again at each request, so that a removal or a role change acts at once.
   */
  public Future<StaffUser> staff(RoutingContext ctx) {
    String token = bearer(ctx);
    if (isStaff(token)) {
      return Future.succeededFuture(StaffUser.SYSTEM);
    }
    return StaffLogin.isStaffLogin(token) ? staff.authenticate(token)
        : Future.failedFuture(forbidden());
  }

  /** Whether the request carries a staff token (the bootstrap one or an account's), valid or not. */
  public boolean isStaffToken(RoutingContext ctx) {
    String token = bearer(ctx);
    return isStaff(token) || StaffLogin.isStaffLogin(token);
  }

  /** Like {@link #staff}, for admins only ({@code ADMIN_ONLY} otherwise). */
  public Future<StaffUser> admin(RoutingContext ctx) {
    return staff(ctx).compose(user -> StaffService.admin(user).map(user));
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

  /** A centre member's token; the route then serves that member's centre only. */
  public Future<CentreUser> centre(RoutingContext ctx) {
    String token = bearer(ctx);
    if (CentreLogin.centreIdOf(token) == null) {
      return isStaff(token) || StaffLogin.isStaffLogin(token) ? Future.failedFuture(forbidden())
          : access.authenticate(token).compose(other -> Future.failedFuture(forbidden()));
    }
    return centres.authenticate(token);
  }

  /** A staff token, or the token of a member of this centre. */
  public Future<Void> centreOrStaff(RoutingContext ctx, String centreId) {
    String token = bearer(ctx);
    if (isStaff(token) || StaffLogin.isStaffLogin(token)) {
      return staff(ctx).mapEmpty();
    }
    return centre(ctx).map(user -> {
      if (!user.centreId().equals(centreId)) {
        throw forbidden();
      }
      return null;
    });
  }

  /** A staff token, or the token of a member of the centre that planned this session. */
  public Future<Void> planner(RoutingContext ctx, String sessionId) {
    String token = bearer(ctx);
    if (isStaff(token) || StaffLogin.isStaffLogin(token)) {
      return staff(ctx).mapEmpty();
    }
    return centre(ctx).compose(user -> ownedBy(user, sessionId));
  }

  /**
   * The staff token, the token of this session's invigilator, or that of a member of the centre
   * that planned it.
   */
  public Future<Void> supervisor(RoutingContext ctx, String sessionId) {
    String token = bearer(ctx);
    if (isStaff(token) || StaffLogin.isStaffLogin(token)) {
      return staff(ctx).mapEmpty();
    }
    if (CentreLogin.centreIdOf(token) != null) {
      return centres.authenticate(token).compose(user -> ownedBy(user, sessionId));
    }
    return access.authenticate(token).map(found -> {
      if (found.role() != Role.INVIGILATOR || !found.sessionId().equals(sessionId)) {
        throw forbidden();
      }
      return null;
    });
  }

  private Future<Void> ownedBy(CentreUser user, String sessionId) {
    return centres.owns(user.centreId(), sessionId).map(owned -> {
      if (!owned) {
        throw forbidden();
      }
      return null;
    });
  }

  /**
   * Like {@link #supervisor}, naming who passed, as results record who changed them: the staff
   * member's address (or {@code system}), {@link #INVIGILATOR} or {@link #CENTRE}.
   */
  public Future<Supervisor> supervisorIdentity(RoutingContext ctx, String sessionId) {
    String token = bearer(ctx);
    if (isStaff(token) || StaffLogin.isStaffLogin(token)) {
      return staff(ctx).map(user -> new Supervisor(user.name(), true));
    }
    return supervisor(ctx, sessionId).map(ok -> new Supervisor(
        CentreLogin.centreIdOf(token) == null ? INVIGILATOR : CENTRE, false));
  }

  /** Who passed {@link #supervisorIdentity}, and whether they are staff. */
  public record Supervisor(String name, boolean isStaff) {
  }

  private boolean isStaff(String token) {
    return PasswordHash.constantTimeEquals(staffToken, token);
  }

  /** The request's bearer token; fails with {@code MISSING_TOKEN} when there is none. */
  public static String bearer(RoutingContext ctx) {
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

package org.certamen.server.staff.http;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import org.certamen.server.http.Authenticator;
import org.certamen.server.http.Guards;
import org.certamen.server.shared.PasswordHash;
import org.certamen.server.staff.domain.StaffLogin;
import org.certamen.server.staff.domain.StaffService;
import org.certamen.server.staff.domain.StaffUser;

/**
 * Staff tokens: an account's login, or the bootstrap staff token ({@link StaffUser#SYSTEM}). The
 * account is read again at each request, so that a removal or a role change acts at once. Staff
 * open every session.
 */
public record StaffGuard(StaffService staff, String bootstrapToken) implements Authenticator {
  /** A staff token; any other token is refused with {@code FORBIDDEN_SCOPE}. */
  public Future<StaffUser> staff(RoutingContext ctx) {
    String token = Guards.bearer(ctx);
    return recognises(token) ? user(token) : Future.failedFuture(Guards.forbidden());
  }

  /** Like {@link #staff}, for admins only ({@code ADMIN_ONLY} otherwise). */
  public Future<StaffUser> admin(RoutingContext ctx) {
    return staff(ctx).compose(user -> StaffService.admin(user).map(user));
  }

  /** Whether the request carries a staff token (the bootstrap one or an account's), valid or not. */
  public boolean isStaffToken(RoutingContext ctx) {
    return recognises(Guards.bearer(ctx));
  }

  @Override
  public boolean recognises(String token) {
    return isBootstrap(token) || StaffLogin.isStaffLogin(token);
  }

  @Override
  public Future<Guards.Supervisor> open(String token, String sessionId, Use use) {
    return user(token).map(user -> new Guards.Supervisor(user.name(), true));
  }

  private Future<StaffUser> user(String token) {
    return isBootstrap(token) ? Future.succeededFuture(StaffUser.SYSTEM)
        : staff.authenticate(token);
  }

  /** Without the bootstrap token, which is a secret. */
  @Override
  public String toString() {
    return "StaffGuard";
  }

  private boolean isBootstrap(String token) {
    return PasswordHash.constantTimeEquals(bootstrapToken, token);
  }
}

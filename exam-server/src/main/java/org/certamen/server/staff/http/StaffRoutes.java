package org.certamen.server.staff.http;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.certamen.server.http.ClientAddresses;
import org.certamen.server.http.JsonRequest;
import org.certamen.server.http.PublicUrl;
import org.certamen.server.http.Replies;
import org.certamen.server.shared.RecordJson;
import org.certamen.server.staff.domain.StaffMember;
import org.certamen.server.staff.domain.StaffRole;
import org.certamen.server.staff.domain.StaffService;

/** Staff accounts: logins, invitations, the members list for admins, and the audit trail. */
public record StaffRoutes(StaffService staff, StaffGuard guard, PublicUrl publicUrl) {
  public static void mount(Router router, StaffService staff, StaffGuard guard,
      PublicUrl publicUrl) {
    StaffRoutes routes = new StaffRoutes(staff, guard, publicUrl);
    router.post("/api/staff-sessions").handler(Replies.json(201, routes::logIn));
    router.post("/api/staff-invitations/acceptance")
        .handler(Replies.json(201, routes::acceptInvitation));
    router.get("/api/staff-members").handler(Replies.json(200, routes::members));
    router.post("/api/staff-members").handler(Replies.json(201, routes::invite));
    router.patch("/api/staff-members/:email").handler(Replies.json(200, routes::changeRole));
    router.delete("/api/staff-members/:email").handler(Replies.json(200, routes::remove));
    router.get("/api/staff-audit").handler(Replies.json(200, routes::audit));
  }

  private Future<JsonObject> logIn(RoutingContext ctx) {
    JsonRequest body = JsonRequest.of(ctx);
    String email = body.text("email");
    String password = body.text("password");
    return staff.login(email, password, ClientAddresses.of(ctx))
        .compose(login -> staff.authenticate(login.value())
            .map(user -> new JsonObject()
                .put("token", login.value())
                .put("email", user.name())
                .put("role", user.role().apiName())
                .put("expiresAt", login.expiresAt().toString())));
  }

  private Future<JsonObject> acceptInvitation(RoutingContext ctx) {
    JsonRequest body = JsonRequest.of(ctx);
    String token = body.text("token");
    String password = body.text("password");
    return staff.accept(token, password).map(StaffRoutes::memberJson);
  }

  private Future<JsonArray> members(RoutingContext ctx) {
    return guard.staff(ctx)
        .compose(staff::members)
        .map(members -> new JsonArray(members.stream().map(StaffRoutes::memberJson).toList()));
  }

  private Future<JsonObject> invite(RoutingContext ctx) {
    JsonRequest body = JsonRequest.of(ctx);
    String email = body.text("email");
    StaffRole role = role(body);
    String linkPrefix = publicUrl.base(ctx) + "/staff/#invitation=";
    return guard.staff(ctx)
        .compose(user -> staff.invite(user, email, role, linkPrefix))
        .map(sent -> new JsonObject()
            .put("email", sent.invitation().email())
            .put("role", sent.role().apiName())
            .put("link", sent.link())
            .put("mailed", sent.mailed())
            .put("expiresAt", sent.invitation().expiresAt().toString()));
  }

  private Future<JsonObject> changeRole(RoutingContext ctx) {
    StaffRole role = role(JsonRequest.of(ctx));
    return guard.staff(ctx)
        .compose(user -> staff.changeRole(user, ctx.pathParam("email"), role))
        .map(StaffRoutes::memberJson);
  }

  private Future<JsonObject> remove(RoutingContext ctx) {
    return guard.staff(ctx)
        .compose(user -> staff.remove(user, ctx.pathParam("email")))
        .map(ok -> new JsonObject().put("removed", ctx.pathParam("email")));
  }

  private Future<JsonArray> audit(RoutingContext ctx) {
    Instant from = instant(ctx, "from");
    Instant to = instant(ctx, "to");
    return guard.staff(ctx)
        .compose(user -> staff.audit(user, from, to))
        .map(actions -> new JsonArray(actions.stream().map(RecordJson::toJson).toList()));
  }

  private static StaffRole role(JsonRequest body) {
    return StaffRole.fromApiName(body.text("role")).orElseThrow(() ->
        JsonRequest.invalid("role", "must be admin or processor"));
  }

  private static Instant instant(RoutingContext ctx, String name) {
    String value = ctx.queryParams().get(name);
    if (value == null) {
      throw JsonRequest.invalid(name, "is required: an ISO 8601 instant like 2026-06-01T00:00:00Z");
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw JsonRequest.invalid(name, "must be an ISO 8601 instant like 2026-06-01T00:00:00Z");
    }
  }

  private static JsonObject memberJson(StaffMember member) {
    return new JsonObject()
        .put("email", member.email())
        .put("role", member.role().apiName())
        .put("accepted", member.hasAccepted());
  }
}

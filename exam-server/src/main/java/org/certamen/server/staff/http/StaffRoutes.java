package org.certamen.server.staff.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.certamen.server.http.JsonRequest;
import org.certamen.server.http.PublicUrl;
import org.certamen.server.http.Replies;
import org.certamen.server.staff.domain.StaffAction;
import org.certamen.server.staff.domain.StaffMember;
import org.certamen.server.staff.domain.StaffRole;
import org.certamen.server.staff.domain.StaffService;

/** Staff accounts: logins, invitations, the members list for admins, and the audit trail. */
public final class StaffRoutes {
  private StaffRoutes() {
  }

  public static void mount(Router router, StaffService staff, StaffGuard guards,
      PublicUrl publicUrl) {
    router.post("/api/staff-sessions").handler(Replies.json(201, ctx -> {
      JsonRequest body = JsonRequest.of(ctx);
      String email = body.text("email");
      String password = body.text("password");
      String client = ctx.request().remoteAddress() == null ? "unknown"
          : ctx.request().remoteAddress().host();
      return staff.login(email, password, client).compose(login -> staff.authenticate(login.value())
          .map(user -> new JsonObject()
              .put("token", login.value())
              .put("email", user.name())
              .put("role", user.role().apiName())
              .put("expiresAt", login.expiresAt().toString())));
    }));

    router.post("/api/staff-invitations/acceptance").handler(Replies.json(201, ctx -> {
      JsonRequest body = JsonRequest.of(ctx);
      String token = body.text("token");
      String password = body.text("password");
      return staff.accept(token, password).map(StaffRoutes::memberJson);
    }));

    router.get("/api/staff-members").handler(Replies.json(200, ctx -> guards.staff(ctx)
        .compose(staff::members)
        .map(members -> {
          JsonArray array = new JsonArray();
          members.forEach(m -> array.add(memberJson(m)));
          return array;
        })));

    router.post("/api/staff-members").handler(Replies.json(201, ctx -> {
      JsonRequest body = JsonRequest.of(ctx);
      String email = body.text("email");
      StaffRole role = role(body);
      String linkPrefix = publicUrl.base(ctx) + "/staff/#invitation=";
      return guards.staff(ctx)
          .compose(user -> staff.invite(user, email, role, linkPrefix))
          .map(sent -> new JsonObject()
              .put("email", sent.invitation().email())
              .put("role", sent.role().apiName())
              .put("link", sent.link())
              .put("mailed", sent.mailed())
              .put("expiresAt", sent.invitation().expiresAt().toString()));
    }));

    router.patch("/api/staff-members/:email").handler(Replies.json(200, ctx -> {
      StaffRole role = role(JsonRequest.of(ctx));
      return guards.staff(ctx)
          .compose(user -> staff.changeRole(user, ctx.pathParam("email"), role))
          .map(StaffRoutes::memberJson);
    }));

    router.delete("/api/staff-members/:email").handler(Replies.json(200, ctx -> guards.staff(ctx)
        .compose(user -> staff.remove(user, ctx.pathParam("email")))
        .map(ok -> new JsonObject().put("removed", ctx.pathParam("email")))));

    router.get("/api/staff-audit").handler(Replies.json(200, ctx -> {
      Instant from = instant(ctx, "from");
      Instant to = instant(ctx, "to");
      return guards.staff(ctx)
          .compose(user -> staff.audit(user, from, to))
          .map(actions -> {
            JsonArray array = new JsonArray();
            actions.forEach(a -> array.add(actionJson(a)));
            return array;
          });
    }));
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

  private static JsonObject actionJson(StaffAction action) {
    return new JsonObject()
        .put("at", action.at().toString())
        .put("by", action.by())
        .put("action", action.action())
        .put("sessionId", action.sessionId())
        .put("subject", action.subject());
  }
}

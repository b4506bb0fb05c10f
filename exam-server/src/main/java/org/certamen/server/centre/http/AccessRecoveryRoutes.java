package org.certamen.server.centre.http;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.certamen.server.centre.domain.PasswordResets;
import org.certamen.server.centre.domain.SchoolActivations;
import org.certamen.server.http.ClientAddresses;
import org.certamen.server.http.JsonRequest;
import org.certamen.server.http.PublicUrl;
import org.certamen.server.http.Replies;
import org.certamen.server.staff.domain.StaffService;
import org.certamen.server.staff.http.StaffGuard;

/**
 * Getting into a centre's space without calling anyone: a forgotten password, a school's first
 * activation, and the directory of schools staff load for it.
 */
public record AccessRecoveryRoutes(PasswordResets resets, SchoolActivations activations,
    StaffGuard staffGuard, StaffService staff, PublicUrl publicUrl) {
  public static void mount(Router router, PasswordResets resets, SchoolActivations activations,
      StaffGuard staffGuard, StaffService staff, PublicUrl publicUrl) {
    AccessRecoveryRoutes routes = new AccessRecoveryRoutes(resets, activations, staffGuard, staff,
        publicUrl);
    router.post("/api/centre-password-resets").handler(Replies.json(202, routes::resetPassword));
    router.post("/api/centres/directory").handler(Replies.json(200, routes::loadDirectory));
    router.post("/api/centre-activations").handler(Replies.json(202, routes::requestActivation));
    router.post("/api/centre-activations/acceptance")
        .handler(Replies.json(201, routes::activate));
  }

  /** The same answer whether the address is a member's or not. */
  private Future<JsonObject> resetPassword(RoutingContext ctx) {
    String email = JsonRequest.of(ctx).text("email");
    return resets.request(email, ClientAddresses.of(ctx), link(ctx, "reinitialisation"))
        .map(done -> new JsonObject()
            .put("validForMinutes", PasswordResets.LINK_TTL.toMinutes()));
  }

  private Future<JsonObject> loadDirectory(RoutingContext ctx) {
    byte[] file = ctx.body() == null || ctx.body().buffer() == null ? new byte[0]
        : ctx.body().buffer().getBytes();
    return staffGuard.admin(ctx).compose(user -> activations.load(file)
            .compose(reading -> staff.record(user, "directory-load", null,
                reading.entries().size() + " schools").map(reading)))
        .map(reading -> {
          JsonArray rejected = new JsonArray();
          reading.problems().forEach(problem -> rejected.add(new JsonObject()
              .put("line", problem.line()).put("field", problem.field())
              .put("detail", problem.detail())));
          return new JsonObject().put("loaded", reading.entries().size())
              .put("rejected", rejected);
        });
  }

  private Future<JsonObject> requestActivation(RoutingContext ctx) {
    String uai = JsonRequest.of(ctx).text("uai");
    return activations.request(uai, ClientAddresses.of(ctx), link(ctx, "activation"))
        .map(sent -> new JsonObject()
            .put("school", sent.school().name())
            .put("email", sent.school().officialEmail())
            .put("mailed", sent.mailed())
            .put("validForHours", SchoolActivations.LINK_TTL.toHours()));
  }

  private Future<JsonObject> activate(RoutingContext ctx) {
    JsonRequest body = JsonRequest.of(ctx);
    String token = body.text("token");
    String password = body.text("password");
    return activations.activate(token, password).map(member -> new JsonObject()
        .put("centreId", member.centreId()).put("email", member.email())
        .put("role", member.role().name()));
  }

  /** A link to the centre's page on this server, whose fragment carries the token. */
  private String link(RoutingContext ctx, String fragment) {
    return publicUrl.base(ctx) + "/invigilator/#" + fragment + "=";
  }
}

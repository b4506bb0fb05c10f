package org.certamen.server.centre.http;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.certamen.server.centre.domain.CentreRole;
import org.certamen.server.centre.domain.CentreService;
import org.certamen.server.centre.domain.CentreType;
import org.certamen.server.centre.domain.CentreUser;
import org.certamen.server.centre.domain.Member;
import org.certamen.server.centre.domain.SentInvitation;
import org.certamen.server.planning.json.PlanningJson;
import org.certamen.server.http.ClientAddresses;
import org.certamen.server.http.Guards;
import org.certamen.server.http.JsonRequest;
import org.certamen.server.http.PublicUrl;
import org.certamen.server.http.Replies;
import org.certamen.server.shared.DomainException;
import org.certamen.server.shared.SessionStage;
import org.certamen.server.staff.domain.StaffService;
import org.certamen.server.staff.http.StaffGuard;

/** Centre accounts, their members and their sessions. */
public record CentreRoutes(CentreService centres, CentreGuard guard, StaffGuard staffGuard,
    StaffService staff, PublicUrl publicUrl, SessionStage.Lookup stages) {
  private static final String CENTRE_PATH = "/api/centres/:centreId";

  /** @param stages where each session stands, shown in the centre's list */
  public static void mount(Router router, CentreService centres, CentreGuard guard,
      StaffGuard staffGuard, StaffService staff, PublicUrl publicUrl,
      SessionStage.Lookup stages) {
    CentreRoutes routes = new CentreRoutes(centres, guard, staffGuard, staff, publicUrl, stages);
    router.post("/api/centres").handler(Replies.json(201, routes::createCentre));
    router.post("/api/centre-invitations/acceptance")
        .handler(Replies.json(201, routes::acceptInvitation));
    router.post("/api/centre-sessions").handler(Replies.json(201, routes::logIn));
    router.get("/api/centres").handler(Replies.json(200, routes::listCentres));
    router.get(CENTRE_PATH).handler(Replies.json(200, routes::centre));
    router.patch(CENTRE_PATH).handler(Replies.json(200, routes::changeType));
    router.get(CENTRE_PATH + "/members").handler(Replies.json(200, routes::members));
    router.post(CENTRE_PATH + "/invitations").handler(Replies.json(201, routes::invite));
    router.post(CENTRE_PATH + "/members/:email/role").handler(Replies.json(200, routes::changeRole));
    router.delete(CENTRE_PATH + "/members/:email").handler(Replies.json(200, routes::removeMember));
    router.get(CENTRE_PATH + "/sessions").handler(Replies.json(200, routes::sessions));
    router.post(CENTRE_PATH + "/sessions").handler(Replies.json(201, routes::planSession));
  }

  private Future<JsonObject> createCentre(RoutingContext ctx) {
    JsonRequest body = JsonRequest.of(ctx);
    String name = body.text("name");
    String uai = body.optionalText("uai");
    CentreType type = body.has("type") ? type(body) : CentreType.SCHOOL;
    String email = body.text("administratorEmail");
    return staffGuard.admin(ctx)
        .compose(user -> centres.create(name, uai, type, email, linkPrefix(ctx))
            .compose(sent -> staff.record(user, "centre-creation", null,
                sent.invitation().centreId()).map(sent)))
        .compose(sent -> centres.centre(sent.invitation().centreId()).map(centre -> new JsonObject()
            .put("id", centre.id())
            .put("name", centre.name())
            .put("uai", centre.uai())
            .put("type", centre.type().apiName())
            .put("invitation", invitationJson(sent, CentreRole.ADMINISTRATOR))));
  }

  private Future<JsonObject> acceptInvitation(RoutingContext ctx) {
    JsonRequest body = JsonRequest.of(ctx);
    String token = body.text("token");
    String password = body.text("password");
    return centres.accept(token, password).map(member -> new JsonObject()
        .put("centreId", member.centreId()).put("email", member.email()));
  }

  private Future<JsonObject> logIn(RoutingContext ctx) {
    JsonRequest body = JsonRequest.of(ctx);
    String email = body.text("email");
    String password = body.text("password");
    return centres.login(email, password, ClientAddresses.of(ctx)).map(login -> new JsonObject()
        .put("token", login.value())
        .put("centreId", login.centreId())
        .put("expiresAt", login.expiresAt().toString()));
  }

  private Future<JsonArray> listCentres(RoutingContext ctx) {
    return staffGuard.admin(ctx)
        .compose(user -> centres.all())
        .map(all -> new JsonArray(all.stream().map(entry -> new JsonObject()
            .put("id", entry.getKey().id())
            .put("name", entry.getKey().name())
            .put("uai", entry.getKey().uai())
            .put("type", entry.getKey().type().apiName())
            .put("administrators", new JsonArray(entry.getValue().stream()
                .filter(m -> m.role() == CentreRole.ADMINISTRATOR)
                .map(m -> (Object) m.email()).toList()))).toList()));
  }

  private Future<JsonObject> centre(RoutingContext ctx) {
    return member(ctx)
        .compose(user -> centres.centre(user.centreId()).map(centre -> new JsonObject()
            .put("id", centre.id())
            .put("name", centre.name())
            .put("uai", centre.uai())
            .put("type", centre.type().apiName())
            .put("me", memberJson(user.member()))));
  }

  /** Staff admins say whether a centre is a school (whose pupils' certifiability is checked). */
  private Future<JsonObject> changeType(RoutingContext ctx) {
    CentreType type = type(JsonRequest.of(ctx));
    return staffGuard.admin(ctx)
        .compose(user -> centres.changeType(ctx.pathParam("centreId"), type)
            .compose(centre -> staff.record(user, "centre-type", null, centre.id()).map(centre)))
        .map(centre -> new JsonObject()
            .put("id", centre.id())
            .put("name", centre.name())
            .put("uai", centre.uai())
            .put("type", centre.type().apiName()));
  }

  private Future<JsonArray> members(RoutingContext ctx) {
    return member(ctx)
        .compose(centres::members)
        .map(members -> new JsonArray(members.stream().map(CentreRoutes::memberJson).toList()));
  }

  private Future<JsonObject> invite(RoutingContext ctx) {
    JsonRequest body = JsonRequest.of(ctx);
    String email = body.text("email");
    CentreRole role = role(body);
    return member(ctx)
        .compose(user -> centres.invite(user, email, role, linkPrefix(ctx)))
        .map(sent -> invitationJson(sent, role));
  }

  private Future<JsonObject> changeRole(RoutingContext ctx) {
    CentreRole role = role(JsonRequest.of(ctx));
    return member(ctx)
        .compose(user -> centres.changeRole(user, ctx.pathParam("email"), role))
        .map(CentreRoutes::memberJson);
  }

  private Future<JsonObject> removeMember(RoutingContext ctx) {
    return member(ctx)
        .compose(user -> centres.remove(user, ctx.pathParam("email")))
        .map(ok -> new JsonObject().put("removed", ctx.pathParam("email")));
  }

  /** A centre's sessions with where each stands: for its members, and for staff admins. */
  private Future<JsonArray> sessions(RoutingContext ctx) {
    return (staffGuard.isStaffToken(ctx)
        ? staffGuard.admin(ctx).compose(user -> centres.sessions(ctx.pathParam("centreId")))
        : member(ctx).compose(centres::sessions))
        .compose(sessions -> Future.all(sessions.stream().map(s -> stages.of(s.id())).toList())
            .map(all -> {
              JsonArray array = new JsonArray();
              for (int i = 0; i < sessions.size(); i++) {
                array.add(PlanningJson.session(sessions.get(i))
                    .put("stage", all.<SessionStage>resultAt(i).apiName()));
              }
              return array;
            }));
  }

  private Future<JsonObject> planSession(RoutingContext ctx) {
    JsonRequest body = JsonRequest.of(ctx);
    String address = body.text("address");
    String room = body.text("room");
    String examiner = body.text("examiner");
    var date = body.date("date");
    var time = body.time("time");
    int invigilators = body.integer("invigilatorCount", 1);
    return member(ctx)
        .compose(user -> centres.plan(user, address, room, examiner, date, time, invigilators))
        .map(planned -> PlanningJson.session(planned.session())
            .put("invigilatorPassword", planned.invigilatorPassword()));
  }

  /** A member's token, for the centre of the path. */
  private Future<CentreUser> member(RoutingContext ctx) {
    return guard.centre(ctx).map(user -> {
      if (!user.centreId().equals(ctx.pathParam("centreId"))) {
        throw Guards.forbidden();
      }
      return user;
    });
  }

  private static CentreType type(JsonRequest body) {
    return CentreType.fromApiName(body.text("type"))
        .orElseThrow(() -> JsonRequest.invalid("type", "must be school or other"));
  }

  private static CentreRole role(JsonRequest body) {
    return body.constant("role", CentreRole.class, "must be ADMINISTRATOR or MEMBER");
  }

  /** Where an invitation link leads: the centre's page on this server. */
  private String linkPrefix(RoutingContext ctx) {
    return publicUrl.base(ctx) + "/invigilator/#invitation=";
  }

  private static JsonObject invitationJson(SentInvitation sent, CentreRole role) {
    return new JsonObject()
        .put("email", sent.invitation().email())
        .put("role", role.name())
        .put("link", sent.link())
        .put("mailed", sent.mailed())
        .put("expiresAt", sent.invitation().expiresAt().toString());
  }

  private static JsonObject memberJson(Member member) {
    return new JsonObject()
        .put("email", member.email())
        .put("role", member.role().name())
        .put("accepted", member.hasAccepted());
  }
}

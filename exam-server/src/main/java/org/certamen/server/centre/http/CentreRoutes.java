package org.certamen.server.centre.http;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import org.certamen.server.centre.domain.CentreRole;
import org.certamen.server.centre.domain.CentreService;
import org.certamen.server.centre.domain.CentreType;
import org.certamen.server.centre.domain.CentreUser;
import org.certamen.server.centre.domain.Member;
import org.certamen.server.centre.domain.SentInvitation;
import org.certamen.server.planning.domain.Session;
import org.certamen.server.http.ClientAddresses;
import org.certamen.server.http.Guards;
import org.certamen.server.http.JsonRequest;
import org.certamen.server.http.PublicUrl;
import org.certamen.server.http.Replies;
import org.certamen.server.shared.DomainException;
import org.certamen.server.shared.SessionStage;
import org.certamen.server.staff.domain.StaffService;

/** Centre accounts, their members and their sessions. */
public final class CentreRoutes {
  private CentreRoutes() {
  }

  /** @param stages where each session stands, shown in the centre's list */
  public static void mount(Router router, CentreService centres, Guards guards,
      StaffService staff, PublicUrl publicUrl, SessionStage.Lookup stages) {
    router.post("/api/centres").handler(Replies.json(201, ctx -> {
      JsonRequest body = JsonRequest.of(ctx);
      String name = body.text("name");
      String uai = body.optionalText("uai");
      CentreType type = body.has("type") ? type(body) : CentreType.SCHOOL;
      String email = body.text("administratorEmail");
      return guards.admin(ctx)
          .compose(user -> centres.create(name, uai, type, email, linkPrefix(publicUrl, ctx))
              .compose(sent -> staff.record(user, "centre-creation", null,
                  sent.invitation().centreId()).map(sent)))
          .compose(sent -> centres.centre(sent.invitation().centreId()).map(centre -> new JsonObject()
              .put("id", centre.id())
              .put("name", centre.name())
              .put("uai", centre.uai())
              .put("type", centre.type().apiName())
              .put("invitation", invitationJson(sent, CentreRole.ADMINISTRATOR))));
    }));

    router.post("/api/centre-invitations/acceptance").handler(Replies.json(201, ctx -> {
      JsonRequest body = JsonRequest.of(ctx);
      String token = body.text("token");
      String password = body.text("password");
      return centres.accept(token, password).map(member -> new JsonObject()
          .put("centreId", member.centreId()).put("email", member.email()));
    }));

    router.post("/api/centre-sessions").handler(Replies.json(201, ctx -> {
      JsonRequest body = JsonRequest.of(ctx);
      String email = body.text("email");
      String password = body.text("password");
      return centres.login(email, password, ClientAddresses.of(ctx)).map(login -> new JsonObject()
          .put("token", login.value())
          .put("centreId", login.centreId())
          .put("expiresAt", login.expiresAt().toString()));
    }));

    router.get("/api/centres").handler(Replies.json(200, ctx -> guards.admin(ctx)
        .compose(user -> centres.all())
        .map(all -> {
          JsonArray array = new JsonArray();
          all.forEach(entry -> array.add(new JsonObject()
              .put("id", entry.getKey().id())
              .put("name", entry.getKey().name())
              .put("uai", entry.getKey().uai())
              .put("type", entry.getKey().type().apiName())
              .put("administrators", new JsonArray(entry.getValue().stream()
                  .filter(m -> m.role() == CentreRole.ADMINISTRATOR)
                  .map(m -> (Object) m.email()).toList()))));
          return array;
        })));

    String centrePath = "/api/centres/:centreId";
    router.get(centrePath).handler(Replies.json(200, ctx -> member(ctx, guards)
        .compose(user -> centres.centre(user.centreId()).map(centre -> new JsonObject()
            .put("id", centre.id())
            .put("name", centre.name())
            .put("uai", centre.uai())
            .put("type", centre.type().apiName())
            .put("me", memberJson(user.member()))))));

    router.patch(centrePath).handler(Replies.json(200, ctx -> {
      CentreType type = type(JsonRequest.of(ctx));
      return guards.admin(ctx)
          .compose(user -> centres.changeType(ctx.pathParam("centreId"), type)
              .compose(centre -> staff.record(user, "centre-type", null, centre.id()).map(centre)))
          .map(centre -> new JsonObject()
              .put("id", centre.id())
              .put("name", centre.name())
              .put("uai", centre.uai())
              .put("type", centre.type().apiName()));
    }));

    router.get(centrePath + "/members").handler(Replies.json(200, ctx -> member(ctx, guards)
        .compose(centres::members)
        .map(members -> {
          JsonArray array = new JsonArray();
          members.forEach(m -> array.add(memberJson(m)));
          return array;
        })));

    router.post(centrePath + "/invitations").handler(Replies.json(201, ctx -> {
      JsonRequest body = JsonRequest.of(ctx);
      String email = body.text("email");
      CentreRole role = role(body);
      return member(ctx, guards)
          .compose(user -> centres.invite(user, email, role, linkPrefix(publicUrl, ctx)))
          .map(sent -> invitationJson(sent, role));
    }));

    router.post(centrePath + "/members/:email/role").handler(Replies.json(200, ctx -> {
      CentreRole role = role(JsonRequest.of(ctx));
      return member(ctx, guards)
          .compose(user -> centres.changeRole(user, ctx.pathParam("email"), role))
          .map(CentreRoutes::memberJson);
    }));

    router.delete(centrePath + "/members/:email").handler(Replies.json(200, ctx -> member(ctx, guards)
        .compose(user -> centres.remove(user, ctx.pathParam("email")))
        .map(ok -> new JsonObject().put("removed", ctx.pathParam("email")))));

    router.get(centrePath + "/sessions").handler(Replies.json(200, ctx -> (guards.isStaffToken(ctx)
        ? guards.admin(ctx).compose(user -> centres.sessions(ctx.pathParam("centreId")))
        : member(ctx, guards).compose(centres::sessions))
        .compose(sessions -> Future.all(sessions.stream().map(s -> stages.of(s.id())).toList())
            .map(all -> {
              JsonArray array = new JsonArray();
              for (int i = 0; i < sessions.size(); i++) {
                array.add(sessionJson(sessions.get(i))
                    .put("stage", all.<SessionStage>resultAt(i).apiName()));
              }
              return array;
            }))));

    router.post(centrePath + "/sessions").handler(Replies.json(201, ctx -> {
      JsonRequest body = JsonRequest.of(ctx);
      String address = body.text("address");
      String room = body.text("room");
      String examiner = body.text("examiner");
      var date = body.date("date");
      var time = body.time("time");
      int invigilators = body.integer("invigilatorCount", 1);
      return member(ctx, guards)
          .compose(user -> centres.plan(user, address, room, examiner, date, time, invigilators))
          .map(planned -> sessionJson(planned.session())
              .put("invigilatorPassword", planned.invigilatorPassword()));
    }));
  }

  /** A member's token, for the centre of the path. */
  private static Future<CentreUser> member(RoutingContext ctx, Guards guards) {
    return guards.centre(ctx).map(user -> {
      if (!user.centreId().equals(ctx.pathParam("centreId"))) {
        throw DomainException.forbidden("FORBIDDEN_SCOPE", "This token does not open this resource");
      }
      return user;
    });
  }

  private static CentreType type(JsonRequest body) {
    return CentreType.fromApiName(body.text("type"))
        .orElseThrow(() -> JsonRequest.invalid("type", "must be school or other"));
  }

  private static CentreRole role(JsonRequest body) {
    String role = body.text("role");
    try {
      return CentreRole.valueOf(role.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw JsonRequest.invalid("role", "must be ADMINISTRATOR or MEMBER");
    }
  }

  /** Where an invitation link leads: the centre's page on this server. */
  private static String linkPrefix(PublicUrl publicUrl, RoutingContext ctx) {
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

  private static JsonObject sessionJson(Session session) {
    return new JsonObject()
        .put("id", session.id())
        .put("centre", session.centre())
        .put("address", session.address())
        .put("room", session.room())
        .put("examiner", session.examiner())
        .put("date", session.date().toString())
        .put("time", session.time().toString())
        .put("accessCode", session.accessCode())
        .put("invigilatorCount", session.invigilatorCount());
  }
}

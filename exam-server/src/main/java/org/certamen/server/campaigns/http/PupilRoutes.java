package org.certamen.server.campaigns.http;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import org.certamen.server.campaigns.domain.Participation;
import org.certamen.server.campaigns.domain.ParticipationService;
import org.certamen.server.campaigns.domain.ParticipationState;
import org.certamen.server.campaigns.domain.ParticipationStatus;
import org.certamen.server.campaigns.domain.Positioning;
import org.certamen.server.campaigns.domain.PupilAccountService;
import org.certamen.server.campaigns.domain.PupilLogin;
import org.certamen.server.campaigns.domain.PupilUser;
import org.certamen.server.campaigns.domain.CampaignService;
import org.certamen.server.centre.http.CentreGuard;
import org.certamen.server.exam.domain.GivenValue;
import org.certamen.server.exam.http.ExamRoutes;
import org.certamen.server.exam.http.QuestionIds;
import org.certamen.server.http.ClientAddresses;
import org.certamen.server.http.JsonRequest;
import org.certamen.server.http.Replies;
import org.certamen.server.roster.domain.RosterService;

/**
 * The pupil space: accounts, logins, participations and the pupil's profile. Questions are shown
 * as in the exam, under ids encrypted for this pupil and participation ({@link QuestionIds}):
 * never the solution nor the bank's item id.
 */
public record PupilRoutes(PupilAccountService accounts, ParticipationService participations,
    RosterService roster, Positioning positioning, CampaignGuards guards, QuestionIds questionIds) {
  /** Stands for an id the pupil was not given: the service finds it is not on screen. */
  private static final String NO_ITEM = "";

  public static void mount(Router router, PupilAccountService accounts,
      ParticipationService participations, CampaignService campaigns, RosterService roster,
      Positioning positioning, CentreGuard centreGuard, QuestionIds questionIds) {
    PupilRoutes routes = new PupilRoutes(accounts, participations, roster, positioning,
        new CampaignGuards(centreGuard, accounts, campaigns), questionIds);
    router.post("/api/pupil-accounts").handler(Replies.json(201, routes::createAccount));
    router.post("/api/pupil-sessions").handler(Replies.json(201, routes::logIn));
    router.get("/api/me/pupil").handler(Replies.json(200, routes::me));
    router.post("/api/me/password").handler(Replies.json(200, routes::changePassword));
    router.get("/api/me/profile").handler(Replies.json(200, routes::profile));
    router.post("/api/me/participations").handler(Replies.json(201, routes::join));
    router.get("/api/me/participations").handler(Replies.json(200, routes::mine));
    router.get("/api/me/participations/:participationId")
        .handler(Replies.json(200, routes::participation));
    router.post("/api/me/participations/:participationId/answers")
        .handler(Replies.json(200, routes::answer));
    router.post("/api/me/participations/:participationId/sending")
        .handler(Replies.json(200, routes::send));
    router.post("/api/me/participations/:participationId/replay")
        .handler(Replies.json(200, routes::replay));
  }

  private Future<JsonObject> createAccount(RoutingContext ctx) {
    JsonRequest body = JsonRequest.of(ctx);
    String code = body.text("campaignCode");
    String lastName = body.text("lastName");
    String firstName = body.text("firstName");
    LocalDate birthdate = body.date("birthdate");
    String password = body.text("password");
    return accounts.create(code, lastName, firstName, birthdate, password,
        ClientAddresses.of(ctx)).map(login -> loginJson(login, false));
  }

  private Future<JsonObject> logIn(RoutingContext ctx) {
    JsonRequest body = JsonRequest.of(ctx);
    String identifier = body.text("identifier");
    String password = body.text("password");
    return accounts.login(identifier, password).compose(login ->
        accounts.authenticate(login.value())
            .map(user -> loginJson(login, user.account().oneTimePassword())));
  }

  private static JsonObject loginJson(PupilLogin login, boolean mustChangePassword) {
    return new JsonObject()
        .put("identifier", login.identifier())
        .put("token", login.value())
        .put("expiresAt", login.expiresAt().toString())
        .put("mustChangePassword", mustChangePassword);
  }

  private Future<JsonObject> me(RoutingContext ctx) {
    return guards.anyPupil(ctx).compose(user -> roster.pupil(user.centreId(), user.pupilId())
        .map(pupil -> new JsonObject()
            .put("identifier", user.account().identifier())
            .put("lastName", pupil.lastName())
            .put("firstName", pupil.firstName())
            .put("division", pupil.division())
            .put("mustChangePassword", user.account().oneTimePassword())));
  }

  private Future<JsonObject> changePassword(RoutingContext ctx) {
    String password = JsonRequest.of(ctx).text("password");
    return guards.anyPupil(ctx).compose(user -> accounts.changePassword(user, password))
        .map(account -> new JsonObject().put("identifier", account.identifier())
            .put("mustChangePassword", false));
  }

  private Future<JsonObject> profile(RoutingContext ctx) {
    return guards.pupil(ctx).compose(participations::profile).map(CampaignJsons::profile);
  }

  private Future<JsonObject> join(RoutingContext ctx) {
    String code = JsonRequest.of(ctx).text("campaignCode");
    return guards.pupil(ctx).compose(user -> participations.join(user, code)
        .map(state -> stateJson(state, user)));
  }

  private Future<JsonArray> mine(RoutingContext ctx) {
    return guards.pupil(ctx).compose(user -> participations.mine(user).map(states -> {
      JsonArray array = new JsonArray();
      states.forEach(state -> array.add(stateJson(state, user)));
      return array;
    }));
  }

  private Future<JsonObject> participation(RoutingContext ctx) {
    return guards.pupil(ctx).compose(user ->
        participations.state(user, ctx.pathParam("participationId"))
            .map(state -> stateJson(state, user)));
  }

  private Future<JsonObject> answer(RoutingContext ctx) {
    JsonRequest body = JsonRequest.of(ctx);
    String questionId = body.text("questionId");
    GivenValue value = ExamRoutes.givenValue(body);
    String participationId = ctx.pathParam("participationId");
    return guards.pupil(ctx).compose(user -> participations.answer(user, participationId,
            questionIds.itemId(participationId, user.pupilId(), questionId).orElse(NO_ITEM),
            value.answer())
        .map(state -> stateJson(state, user)));
  }

  private Future<JsonObject> send(RoutingContext ctx) {
    return guards.pupil(ctx).compose(user ->
        participations.send(user, ctx.pathParam("participationId"))
            .map(state -> stateJson(state, user)));
  }

  private Future<JsonObject> replay(RoutingContext ctx) {
    return guards.pupil(ctx).compose(user ->
        participations.replay(user, ctx.pathParam("participationId"))
            .map(state -> stateJson(state, user)));
  }

  /** What the pupil may see: never a solution nor an item's bank id. */
  private JsonObject stateJson(ParticipationState state, PupilUser user) {
    Participation p = state.participation();
    JsonObject json = new JsonObject()
        .put("id", p.id())
        .put("status", p.status().name())
        .put("statusLabel", CampaignJsons.statusLabel(p.status()))
        .put("campaign", CampaignJsons.campaignForPupil(state.campaign(),
            state.campaign().isAssessment()
                ? positioning.parcours(state.campaign()).name() : null))
        .put("answered", state.answered())
        .put("sendings", p.sendings().size());
    if (state.question() != null) {
      json.put("question", ExamRoutes.questionJson(state.question(),
          questionIds.opaque(p.id(), user.pupilId(), state.question().id())));
    }
    p.latestSending().ifPresent(latest -> json.put("sentAt", latest.sentAt().toString())
        .put("results", CampaignJsons.sending(latest)));
    boolean replayable = state.campaign().isAssessment() && state.campaign().multipleSendings()
        && p.status() == ParticipationStatus.SHARED;
    json.put("canSend", p.status() == ParticipationStatus.TO_SHARE
        || p.status() == ParticipationStatus.SHARED && !state.campaign().isAssessment()
            && state.campaign().multipleSendings());
    if (replayable) {
      json.put("replayFrom", p.replayFrom().toString());
    }
    return json;
  }
}

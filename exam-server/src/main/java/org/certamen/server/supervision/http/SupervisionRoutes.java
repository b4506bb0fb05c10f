package org.certamen.server.supervision.http;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.certamen.server.exam.http.AccessGuard;
import org.certamen.server.exam.http.ExamViews;
import org.certamen.server.http.Guards;
import org.certamen.server.http.JsonRequest;
import org.certamen.server.http.Replies;
import org.certamen.server.supervision.domain.SupervisionService;

/** The invigilator's endpoints, and the candidate's heartbeat that feeds them. */
public record SupervisionRoutes(SupervisionService supervision, Guards guards, AccessGuard access) {
  /** Longest reason accepted when ending a test. */
  public static final int MAX_REASON_LENGTH = 500;
  private static final String CANDIDATE_PATH = "/api/sessions/:sessionId/candidates/:candidateId";

  public static void mount(Router router, SupervisionService supervision, Guards guards,
      AccessGuard access) {
    SupervisionRoutes routes = new SupervisionRoutes(supervision, guards, access);
    router.get("/api/sessions/:sessionId/supervision")
        .handler(Replies.json(200, routes::supervision));
    router.post(CANDIDATE_PATH + "/authorize-start").handler(Replies.json(200, routes::authorize));
    router.post(CANDIDATE_PATH + "/end-test").handler(Replies.json(200, routes::endTest));
    router.post(CANDIDATE_PATH + "/mark-absent").handler(Replies.json(200, routes::markAbsent));
    router.get(CANDIDATE_PATH + "/events").handler(Replies.json(200, routes::events));
    router.post("/api/me/heartbeat").handler(Replies.json(200, routes::heartbeat));
  }

  private Future<JsonObject> supervision(RoutingContext ctx) {
    return asSupervisor(ctx, supervision::supervision).map(SupervisionJson::of);
  }

  private Future<JsonObject> authorize(RoutingContext ctx) {
    return onCandidate(ctx, supervision::authorize).map(ExamViews::status);
  }

  private Future<JsonObject> endTest(RoutingContext ctx) {
    String reason = JsonRequest.of(ctx).text("reason");
    if (reason.length() > MAX_REASON_LENGTH) {
      throw JsonRequest.invalid("reason", "must be at most " + MAX_REASON_LENGTH + " characters");
    }
    return onCandidate(ctx, (sessionId, candidateId) ->
        supervision.endTest(sessionId, candidateId, reason)).map(ExamViews::status);
  }

  private Future<JsonObject> markAbsent(RoutingContext ctx) {
    return onCandidate(ctx, supervision::markAbsent).map(ExamViews::status);
  }

  /** Looks at, or acts on, the session of the path once sure the caller may watch it. */
  private <T> Future<T> asSupervisor(RoutingContext ctx, Function<String, Future<T>> action) {
    String sessionId = ctx.pathParam("sessionId");
    return guards.supervisor(ctx, sessionId).compose(ok -> action.apply(sessionId));
  }

  /** An invigilator's look at, or action on, the candidate of the path. */
  private <T> Future<T> onCandidate(RoutingContext ctx,
      BiFunction<String, String, Future<T>> action) {
    String candidateId = ctx.pathParam("candidateId");
    return asSupervisor(ctx, sessionId -> action.apply(sessionId, candidateId));
  }

  private Future<JsonObject> events(RoutingContext ctx) {
    return onCandidate(ctx, supervision::exam).map(exam -> {
      JsonArray events = new JsonArray();
      JsonArray alerts = new JsonArray();
      exam.ifPresent(found -> {
        found.events().forEach(event -> events.add(ExamViews.event(event)));
        found.alerts().forEach(alert -> alerts.add(ExamViews.alert(alert)));
      });
      return new JsonObject().put("candidateId", ctx.pathParam("candidateId"))
          .put("events", events).put("alerts", alerts);
    });
  }

  private Future<JsonObject> heartbeat(RoutingContext ctx) {
    JsonRequest body = JsonRequest.of(ctx);
    String extensionVersion = body.optionalText("extensionVersion");
    boolean blockingActive = body.bool("blockingActive", false);
    int blockedAttempts = body.integer("blockedAttempts", 0);
    return access.candidate(ctx)
        .compose(token -> supervision.heartbeat(token.sessionId(), token.candidateId(),
            extensionVersion, blockingActive, blockedAttempts))
        .map(heartbeat -> new JsonObject().put("at", heartbeat.at().toString()));
  }
}

package org.certamen.server.results.http;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;
import org.certamen.server.http.ClientAddresses;
import org.certamen.server.http.Guards;
import org.certamen.server.http.JsonRequest;
import org.certamen.server.http.Replies;
import org.certamen.server.results.domain.CertificateService;
import org.certamen.server.results.domain.Finalization;
import org.certamen.server.results.domain.FinalizationReport;
import org.certamen.server.results.domain.FinalizationService;
import org.certamen.server.results.domain.JuryAction;
import org.certamen.server.results.domain.JuryService;
import org.certamen.server.results.domain.PublicationService;
import org.certamen.server.shared.DomainException;
import org.certamen.server.staff.domain.StaffService;
import org.certamen.server.staff.domain.StaffUser;
import org.certamen.server.staff.http.StaffGuard;

/** Finalisation, the staff's jury and publication, and certificate checks. */
public record ResultRoutes(FinalizationService finalizations, JuryService jury,
    PublicationService publications, CertificateService certificates, StaffService staff,
    Guards guards, StaffGuard staffGuard) {
  private static final String SESSION_PATH = "/api/sessions/:sessionId";
  private static final String CANDIDATE_PATH = SESSION_PATH + "/candidates/:candidateId";

  /** French sentences for the refusals of a bulk publication, which the console shows. */
  private static final Map<String, String> PUBLICATION_REFUSALS = Map.of(
      "SESSION_NOT_FINALIZED", "Cette session n'est pas finalisée, ou n'existe pas.",
      "SESSION_ALREADY_PUBLISHED", "Les résultats de cette session sont déjà publiés.");

  public static void mount(Router router, FinalizationService finalizations, JuryService jury,
      PublicationService publications, CertificateService certificates, StaffService staff,
      Guards guards, StaffGuard staffGuard) {
    ResultRoutes routes = new ResultRoutes(finalizations, jury, publications, certificates, staff,
        guards, staffGuard);
    router.post(SESSION_PATH + "/finalization").handler(Replies.json(201, routes::finalize));
    router.get(SESSION_PATH + "/finalization").handler(Replies.json(200, routes::finalization));
    router.get("/api/finalized-sessions").handler(Replies.json(200, routes::waitingSessions));
    router.post(CANDIDATE_PATH + "/jury-actions").handler(Replies.json(201, routes::applyJuryAction));
    router.post(CANDIDATE_PATH + "/jury-action-previews")
        .handler(Replies.json(200, routes::previewJuryAction));
    router.get(CANDIDATE_PATH + "/result-versions").handler(Replies.json(200, routes::versions));
    router.post(SESSION_PATH + "/publication").handler(Replies.json(201, routes::publish));
    router.post("/api/publications").handler(Replies.json(200, routes::publishEach));
    router.get("/api/certificates/:verificationCode")
        .handler(Replies.json(200, routes::certificate));
  }

  private Future<JsonObject> finalize(RoutingContext ctx) {
    String sessionId = ctx.pathParam("sessionId");
    FinalizationReport report = ResultRequests.report(JsonRequest.of(ctx));
    return guards.supervisorIdentity(ctx, sessionId)
        .compose(actor -> finalizations.finalize(sessionId, report, actor.name()))
        .map(ResultsJson::finalization);
  }

  private Future<JsonObject> finalization(RoutingContext ctx) {
    return staffGuard.staff(ctx)
        .compose(user -> finalizations.finalization(ctx.pathParam("sessionId")))
        .map(ResultsJson::finalization);
  }

  private Future<JsonArray> waitingSessions(RoutingContext ctx) {
    return staffGuard.staff(ctx)
        .compose(ok -> publications.waitingSessions())
        .map(waiting -> new JsonArray(waiting.stream().map(ResultsJson::waiting).toList()));
  }

  private Future<JsonObject> applyJuryAction(RoutingContext ctx) {
    JuryAction action = ResultRequests.juryAction(JsonRequest.of(ctx));
    String sessionId = ctx.pathParam("sessionId");
    String candidateId = ctx.pathParam("candidateId");
    return staffGuard.staff(ctx)
        .compose(user -> jury.apply(sessionId, candidateId, action, user.name())
            .compose(result -> staff.record(user, "jury-action:" + action.kind().apiName(),
                sessionId, candidateId).map(result)))
        .map(ResultsJson::version);
  }

  private Future<JsonObject> previewJuryAction(RoutingContext ctx) {
    JuryAction action = ResultRequests.juryAction(JsonRequest.of(ctx));
    return staffGuard.staff(ctx)
        .compose(user -> jury.preview(ctx.pathParam("sessionId"), ctx.pathParam("candidateId"),
            action, user.name()))
        .map(ResultsJson::version);
  }

  private Future<JsonArray> versions(RoutingContext ctx) {
    return staffGuard.staff(ctx)
        .compose(ok -> jury.versions(ctx.pathParam("sessionId"), ctx.pathParam("candidateId")))
        .map(versions -> new JsonArray(versions.stream().map(ResultsJson::version).toList()));
  }

  private Future<JsonObject> publish(RoutingContext ctx) {
    return staffGuard.staff(ctx)
        .compose(user -> publish(user, ctx.pathParam("sessionId")))
        .map(ResultsJson::finalization);
  }

  /**
   * Publishes each session on its own, one after the other: a refusal leaves the others be, and
   * a session is published whole or not at all.
   */
  private Future<JsonObject> publishEach(RoutingContext ctx) {
    List<String> sessionIds = ResultRequests.sessionIds(JsonRequest.of(ctx));
    return staffGuard.staff(ctx).compose(user -> {
      JsonArray published = new JsonArray();
      JsonArray refused = new JsonArray();
      Future<Void> chain = Future.succeededFuture();
      for (String sessionId : sessionIds) {
        chain = chain.compose(ok -> publish(user, sessionId).transform(outcome -> {
          if (outcome.succeeded()) {
            published.add(sessionId);
          } else if (outcome.cause() instanceof DomainException refusal) {
            refused.add(new JsonObject().put("sessionId", sessionId).put("code", refusal.code())
                .put("detail", PUBLICATION_REFUSALS.getOrDefault(refusal.code(), refusal.detail())));
          } else {
            return Future.failedFuture(outcome.cause());
          }
          return Future.succeededFuture();
        }));
      }
      return chain.map(done -> new JsonObject().put("published", published)
          .put("refused", refused));
    });
  }

  private Future<Finalization> publish(StaffUser user, String sessionId) {
    return publications.publish(sessionId, user.name()).compose(published ->
        staff.record(user, "publication", sessionId, null).map(published));
  }

  private Future<JsonObject> certificate(RoutingContext ctx) {
    return certificates.certificate(ctx.pathParam("verificationCode"), ClientAddresses.of(ctx))
        .map(ResultsJson::certificate);
  }
}

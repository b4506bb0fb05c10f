package org.certamen.server.supervision.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import java.time.Duration;
import java.util.Optional;
import org.certamen.server.planning.domain.Candidate;
import org.certamen.server.planning.domain.CandidateCertifiability;
import org.certamen.server.http.Guards;
import org.certamen.server.http.JsonRequest;
import org.certamen.server.http.Replies;
import org.certamen.server.exam.domain.Alert;
import org.certamen.server.supervision.domain.CandidateSupervision;
import org.certamen.server.exam.domain.Exam;
import org.certamen.server.exam.domain.ExamEvent;
import org.certamen.server.exam.domain.Heartbeat;
import org.certamen.server.supervision.domain.Supervision;
import org.certamen.server.supervision.domain.SupervisionService;

/** The invigilator's endpoints, and the candidate's heartbeat that feeds them. */
public final class SupervisionRoutes {
  /** Longest reason accepted when ending a test. */
  public static final int MAX_REASON_LENGTH = 500;

  private SupervisionRoutes() {
  }

  public static void mount(Router router, SupervisionService supervision, Guards guards) {
    String candidatePath = "/api/sessions/:sessionId/candidates/:candidateId";

    router.get("/api/sessions/:sessionId/supervision").handler(Replies.json(200, ctx -> {
      String sessionId = ctx.pathParam("sessionId");
      return guards.supervisor(ctx, sessionId)
          .compose(ok -> supervision.supervision(sessionId))
          .map(SupervisionRoutes::supervisionJson);
    }));

    router.post(candidatePath + "/authorize-start").handler(Replies.json(200, ctx -> {
      String sessionId = ctx.pathParam("sessionId");
      String candidateId = ctx.pathParam("candidateId");
      return guards.supervisor(ctx, sessionId)
          .compose(ok -> supervision.authorize(sessionId, candidateId))
          .map(SupervisionRoutes::examStatusJson);
    }));

    router.post(candidatePath + "/end-test").handler(Replies.json(200, ctx -> {
      String sessionId = ctx.pathParam("sessionId");
      String candidateId = ctx.pathParam("candidateId");
      String reason = JsonRequest.of(ctx).text("reason");
      if (reason.length() > MAX_REASON_LENGTH) {
        throw JsonRequest.invalid("reason", "must be at most " + MAX_REASON_LENGTH + " characters");
      }
      return guards.supervisor(ctx, sessionId)
          .compose(ok -> supervision.endTest(sessionId, candidateId, reason))
          .map(SupervisionRoutes::examStatusJson);
    }));

    router.post(candidatePath + "/mark-absent").handler(Replies.json(200, ctx -> {
      String sessionId = ctx.pathParam("sessionId");
      String candidateId = ctx.pathParam("candidateId");
      return guards.supervisor(ctx, sessionId)
          .compose(ok -> supervision.markAbsent(sessionId, candidateId))
          .map(SupervisionRoutes::examStatusJson);
    }));

    router.get(candidatePath + "/events").handler(Replies.json(200, ctx -> {
      String sessionId = ctx.pathParam("sessionId");
      String candidateId = ctx.pathParam("candidateId");
      return guards.supervisor(ctx, sessionId)
          .compose(ok -> supervision.exam(sessionId, candidateId))
          .map(exam -> {
            JsonArray array = new JsonArray();
            exam.ifPresent(found -> found.events().forEach(event -> array.add(eventJson(event))));
            JsonArray alerts = new JsonArray();
            exam.ifPresent(found -> found.alerts().forEach(alert -> alerts.add(alertJson(alert))));
            return new JsonObject().put("candidateId", candidateId).put("events", array)
                .put("alerts", alerts);
          });
    }));

    router.post("/api/me/heartbeat").handler(Replies.json(200, ctx -> {
      JsonRequest body = JsonRequest.of(ctx);
      String extensionVersion = body.optionalText("extensionVersion");
      boolean blockingActive = body.bool("blockingActive", false);
      int blockedAttempts = body.integer("blockedAttempts", 0);
      return guards.candidate(ctx)
          .compose(token -> supervision.heartbeat(token.sessionId(), token.candidateId(),
              extensionVersion, blockingActive, blockedAttempts))
          .map(heartbeat -> new JsonObject().put("at", heartbeat.at().toString()));
    }));
  }

  private static JsonObject examStatusJson(Exam exam) {
    return new JsonObject().put("candidateId", exam.candidateId()).put("status", exam.status().name());
  }

  /** The supervision view as the API sends it. */
  static JsonObject supervisionJson(Supervision view) {
    JsonObject counts = new JsonObject();
    view.counts().forEach((status, count) -> counts.put(status.name(), count));
    JsonArray candidates = new JsonArray();
    view.candidates().forEach(line -> candidates.add(lineJson(line, view)));
    JsonArray alerts = new JsonArray();
    view.alerts().forEach(a -> alerts.add(alertJson(a.alert()).put("candidateId", a.candidateId())));
    return new JsonObject()
        .put("sessionId", view.session().id())
        .put("at", view.at().toString())
        .put("stage", view.stage().apiName())
        .put("accessCode", view.session().accessCode())
        .put("questionCount", view.questionCount())
        .put("counts", counts)
        .put("alerts", alerts)
        .put("candidates", candidates);
  }

  private static JsonObject lineJson(CandidateSupervision line, Supervision view) {
    Candidate candidate = line.candidate();
    Heartbeat heartbeat = line.heartbeat();
    JsonArray alerts = new JsonArray();
    line.openAlerts().forEach(alert -> alerts.add(alertJson(alert)));
    return new JsonObject()
        .put("candidateId", candidate.id())
        .put("lastName", candidate.lastName())
        .put("firstName", candidate.firstName())
        .put("division", candidate.division())
        .put("extraTimePercentage", candidate.extraTimePercentage())
        .put("needsAccessibility", candidate.needsAccessibility())
        .put("certifiability", CandidateCertifiability.label(
            Optional.ofNullable(view.certifiable().get(candidate.id()))))
        .put("status", line.status().name())
        .put("answered", line.answered())
        .put("questionCount", view.questionCount())
        .put("remainingSeconds", line.remainingSeconds())
        .put("lastSeenAt", heartbeat == null ? null : heartbeat.at().toString())
        .put("secondsSinceLastSeen", heartbeat == null ? null
            : Math.max(0, Duration.between(heartbeat.at(), view.at()).toSeconds()))
        .put("extensionVersion", heartbeat == null ? null : heartbeat.extensionVersion())
        .put("blockingActive", heartbeat != null && heartbeat.blockingActive())
        .put("blockedAttempts", heartbeat == null ? 0 : heartbeat.blockedAttempts())
        .put("alerts", alerts);
  }

  /** An alert as the invigilator sees it. */
  public static JsonObject alertJson(Alert alert) {
    return new JsonObject()
        .put("id", alert.id())
        .put("kind", alert.kind().name())
        .put("questionId", alert.questionId())
        .put("questionNumber", alert.questionNumber() == 0 ? null : alert.questionNumber())
        .put("reason", alert.reason())
        .put("raisedAt", alert.raisedAt().toString())
        .put("resolvedAt", alert.resolvedAt() == null ? null : alert.resolvedAt().toString())
        .put("decision", alert.decision())
        .put("closingReason", alert.closingReason())
        .put("resolvedBy", alert.resolvedBy());
  }

  private static JsonObject eventJson(ExamEvent event) {
    return new JsonObject()
        .put("type", event.type().name())
        .put("at", event.at().toString())
        .put("detail", event.detail());
  }
}

package org.certamen.server.supervision.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import org.certamen.server.exam.domain.Heartbeat;
import org.certamen.server.exam.http.ExamViews;
import org.certamen.server.planning.domain.Candidate;
import org.certamen.server.supervision.domain.CandidateSupervision;
import org.certamen.server.supervision.domain.Supervision;

/** The supervision view as the API sends it, whole or as server-sent events. */
final class SupervisionJson {
  private SupervisionJson() {
  }

  /** The whole view. */
  static JsonObject of(Supervision view) {
    JsonObject counts = new JsonObject();
    view.counts().forEach((status, count) -> counts.put(status.name(), count));
    JsonArray candidates = new JsonArray();
    view.candidates().forEach(line -> candidates.add(lineJson(line, view)));
    JsonArray alerts = new JsonArray();
    view.alerts().forEach(a -> alerts.add(ExamViews.alert(a.alert()).put("candidateId", a.candidateId())));
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
    line.openAlerts().forEach(alert -> alerts.add(ExamViews.alert(alert)));
    return new JsonObject()
        .put("candidateId", candidate.id())
        .put("lastName", candidate.lastName())
        .put("firstName", candidate.firstName())
        .put("division", candidate.division())
        .put("extraTimePercentage", candidate.extraTimePercentage())
        .put("needsAccessibility", candidate.needsAccessibility())
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
}

package org.certamen.server.exam.http;

import io.vertx.core.json.JsonObject;
import org.certamen.server.exam.domain.Alert;
import org.certamen.server.exam.domain.Exam;
import org.certamen.server.exam.domain.ExamEvent;

/** The exam's shapes that invigilators and staff see, sent by the exam's and supervision's routes. */
public final class ExamViews {
  private ExamViews() {
  }

  /** A candidate's test status. */
  public static JsonObject status(Exam exam) {
    return new JsonObject().put("candidateId", exam.candidateId()).put("status", exam.status().name());
  }

  /** An alert as the invigilator sees it. */
  public static JsonObject alert(Alert alert) {
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

  /** One event of a test's history. */
  public static JsonObject event(ExamEvent event) {
    return new JsonObject()
        .put("type", event.type().name())
        .put("at", event.at().toString())
        .put("detail", event.detail());
  }
}

package org.certamen.server.results.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.certamen.server.http.JsonRequest;
import org.certamen.server.results.domain.FinalizationReport;
import org.certamen.server.results.domain.JuryAction;

/** The bodies of the result routes, read into domain requests: INVALID_FIELD for bad input. */
final class ResultRequests {
  /** Most sessions one bulk publication takes: a day's queue, answered in one request. */
  private static final int MAX_BULK_SESSIONS = 500;

  private ResultRequests() {
  }

  static FinalizationReport report(JsonRequest body) {
    Object rawIncidents = body.raw("incidents");
    if (rawIncidents != null && !(rawIncidents instanceof JsonArray)) {
      throw JsonRequest.invalid("incidents", "must be an array");
    }
    List<FinalizationReport.ReportedIncident> incidents = new ArrayList<>();
    if (rawIncidents != null) {
      JsonArray array = (JsonArray) rawIncidents;
      for (int i = 0; i < array.size(); i++) {
        if (!(array.getValue(i) instanceof JsonObject incident)) {
          throw JsonRequest.invalid("incidents[" + i + "]", "must be an object");
        }
        incidents.add(new FinalizationReport.ReportedIncident(
            typed(incident, "candidateId", String.class, i),
            typed(incident, "category", String.class, i),
            typed(incident, "questionNumber", Integer.class, i),
            typed(incident, "description", String.class, i)));
      }
    }
    Object rawReasons = body.raw("abortReasons");
    if (rawReasons != null && !(rawReasons instanceof JsonObject)) {
      throw JsonRequest.invalid("abortReasons", "must be an object of candidate id to reason");
    }
    Map<String, String> reasons = new LinkedHashMap<>();
    if (rawReasons != null) {
      for (Map.Entry<String, Object> entry : (JsonObject) rawReasons) {
        if (!(entry.getValue() instanceof String reason)) {
          throw JsonRequest.invalid("abortReasons." + entry.getKey(),
              "must be 'candidate' or 'technical'");
        }
        reasons.put(entry.getKey(), reason);
      }
    }
    return new FinalizationReport(body.optionalText("comment"), body.bool("hasIncident", false),
        body.bool("hasJoiningIssue", false), incidents, reasons);
  }

  private static <T> T typed(JsonObject object, String field, Class<T> type, int index) {
    Object value = object.getValue(field);
    if (value != null && !type.isInstance(value)) {
      throw JsonRequest.invalid("incidents[" + index + "]." + field,
          type == Integer.class ? "must be an integer" : "must be a string");
    }
    return type.cast(value);
  }

  static JuryAction juryAction(JsonRequest body) {
    String name = body.text("action");
    JuryAction.Kind kind = JuryAction.Kind.fromApiName(name).orElseThrow(() ->
        JsonRequest.invalid("action", "must be neutralize, cancel, reject or rescore"));
    Integer questionNumber = body.has("questionNumber") ? body.integer("questionNumber", 0) : null;
    return new JuryAction(kind, questionNumber, comment(body, "commentForCandidate"),
        comment(body, "commentForOrganization"));
  }

  private static String comment(JsonRequest body, String field) {
    String comment = body.optionalText(field);
    if (comment != null && comment.length() > JuryAction.MAX_COMMENT_LENGTH) {
      throw JsonRequest.invalid(field, "must be at most " + JuryAction.MAX_COMMENT_LENGTH + " characters");
    }
    return comment;
  }

  static List<String> sessionIds(JsonRequest body) {
    if (!(body.raw("sessionIds") instanceof JsonArray array) || array.isEmpty()
        || array.size() > MAX_BULK_SESSIONS) {
      throw JsonRequest.invalid("sessionIds",
          "must be an array of 1 to " + MAX_BULK_SESSIONS + " session ids");
    }
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      if (!(array.getValue(i) instanceof String id) || id.isBlank()) {
        throw JsonRequest.invalid("sessionIds[" + i + "]", "must be a session id");
      }
      if (!ids.contains(id)) {
        ids.add(id);
      }
    }
    return ids;
  }
}

package org.certamen.server.exam.storage;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.certamen.engine.Outcome;
import org.certamen.server.exam.domain.Alert;
import org.certamen.server.exam.domain.AlertKind;
import org.certamen.server.exam.domain.DesignVersion;
import org.certamen.server.exam.domain.Exam;
import org.certamen.server.exam.domain.ExamEvent;
import org.certamen.server.exam.domain.ExamEventType;
import org.certamen.server.exam.domain.ExamStatus;
import org.certamen.server.exam.domain.GivenAnswer;
import org.certamen.server.exam.domain.TestProgress;

/**
 * The stored form of an {@link Exam} for stores that keep text (Redis): a JSON object, instants as
 * ISO-8601, durations in milliseconds. The version is stored too.
 */
public final class ExamJson {
  private ExamJson() {
  }

  public static String encode(Exam exam) {
    return new JsonObject()
        .put("sessionId", exam.sessionId())
        .put("candidateId", exam.candidateId())
        .put("version", exam.version())
        .put("status", exam.status().name())
        .put("allowedMillis", exam.allowed().toMillis())
        .put("deadline", text(exam.deadline()))
        .put("frozenRemainingMillis", exam.frozenRemaining() == null ? null : exam.frozenRemaining().toMillis())
        .put("design", exam.design() == null ? null : exam.design().design())
        .put("bankVersion", exam.design() == null ? null : exam.design().bankVersion())
        .put("testState", exam.testState())
        .put("questionShownAt", text(exam.questionShownAt()))
        .put("lastActivityAt", text(exam.lastActivityAt()))
        .put("answers", array(exam.answers(), a -> new JsonObject()
            .put("questionNumber", a.questionNumber()).put("itemId", a.itemId())
            .put("value", a.value()).put("outcome", a.outcome().name()).put("at", text(a.at()))))
        .put("alerts", array(exam.alerts(), a -> new JsonObject()
            .put("id", a.id()).put("kind", a.kind().name()).put("questionId", a.questionId())
            .put("questionNumber", a.questionNumber()).put("reason", a.reason())
            .put("raisedAt", text(a.raisedAt())).put("resolvedAt", text(a.resolvedAt()))
            .put("decision", a.decision()).put("closingReason", a.closingReason())
            .put("resolvedBy", a.resolvedBy())))
        .put("events", array(exam.events(), e -> new JsonObject()
            .put("type", e.type().name()).put("at", text(e.at())).put("detail", e.detail())))
        .encode();
  }

  /** @throws io.vertx.core.json.DecodeException when the text is not an encoded exam */
  public static Exam decode(String text) {
    JsonObject json = new JsonObject(text);
    Long frozen = json.getLong("frozenRemainingMillis");
    return new Exam(
        json.getString("sessionId"),
        json.getString("candidateId"),
        json.getLong("version"),
        ExamStatus.valueOf(json.getString("status")),
        Duration.ofMillis(json.getLong("allowedMillis")),
        instant(json.getString("deadline")),
        frozen == null ? null : Duration.ofMillis(frozen),
        // Exams stored before the design was recorded have none.
        json.getString("design") == null ? null
            : new DesignVersion(json.getString("design"), json.getString("bankVersion")),
        TestProgress.decoded(json.getString("testState")),
        instant(json.getString("questionShownAt")),
        instant(json.getString("lastActivityAt")),
        list(json.getJsonArray("answers"), a -> new GivenAnswer(a.getInteger("questionNumber"),
            a.getString("itemId"), a.getString("value"), Outcome.valueOf(a.getString("outcome")),
            instant(a.getString("at")))),
        list(json.getJsonArray("alerts"), a -> new Alert(a.getString("id"),
            AlertKind.valueOf(a.getString("kind")), a.getString("questionId"),
            a.getInteger("questionNumber"), a.getString("reason"), instant(a.getString("raisedAt")),
            instant(a.getString("resolvedAt")), a.getString("decision"),
            a.getString("closingReason"), a.getString("resolvedBy"))),
        list(json.getJsonArray("events"), e -> new ExamEvent(ExamEventType.valueOf(e.getString("type")),
            instant(e.getString("at")), e.getString("detail"))));
  }

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }

  private static Instant instant(String text) {
    return text == null ? null : Instant.parse(text);
  }

  private static <T> JsonArray array(List<T> values, Function<T, JsonObject> mapper) {
    JsonArray array = new JsonArray();
    values.forEach(value -> array.add(mapper.apply(value)));
    return array;
  }

  private static <T> List<T> list(JsonArray array, Function<JsonObject, T> mapper) {
    return array.stream().map(value -> mapper.apply((JsonObject) value)).toList();
  }
}

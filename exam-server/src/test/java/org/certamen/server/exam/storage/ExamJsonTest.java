package org.certamen.server.exam.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
import org.junit.jupiter.api.Test;

class ExamJsonTest {

  @Test
  void decodesWhatItEncoded() {
    Instant at = Instant.parse("2026-11-28T09:12:34.567891Z");
    Exam exam = new Exam("123456", "c1", 7, ExamStatus.PAUSED_EXTENSION_ALERT,
        Duration.ofMinutes(140), null, Duration.ofMillis(8_379_000),
        new DesignVersion("pix-v3", "2026.2"), TestProgress.decoded(
            "{\"s\":1,\"r\":[],\"c\":\"q1\",\"n\":null}"), at, at,
        List.of(new GivenAnswer(1, "q1", "{\"a\":\"b\"}", Outcome.WRONG, at),
            new GivenAnswer(2, "q2", null, Outcome.TIMED_OUT, at)),
        List.of(new Alert("1", AlertKind.EXTENSION, null, 0, null, at, null, null, null, null),
            new Alert("2", AlertKind.QUESTION, "q3", 3, "vide", at, at, Alert.TEST_ENDED, "malaise", null)),
        List.of(new ExamEvent(ExamEventType.EXTENSION_ALERT, at, null)));
    assertThat(ExamJson.decode(ExamJson.encode(exam))).isEqualTo(exam);
  }

  @Test
  void readsAnExamStoredBeforeTheDesignWasRecorded() {
    Exam exam = Exam.entered("123456", "c1", 0, Instant.parse("2026-11-28T09:00:00Z"));
    String stored = new JsonObject(ExamJson.encode(exam)).put("alerts", new JsonArray().add(
        new JsonObject().put("id", "1").put("kind", "EXTENSION").put("questionNumber", 0)
            .put("raisedAt", "2026-11-28T09:01:00Z")))
        .encode().replace(",\"design\":null,\"bankVersion\":null", "");
    Exam read = ExamJson.decode(stored);
    assertThat(read.design()).isNull();
    assertThat(read.alerts().get(0).closingReason()).isNull();
  }

  @Test
  void decodesAFreshExam() {
    Exam exam = Exam.entered("123456", "c1", 0, Instant.parse("2026-11-28T09:00:00Z"));
    assertThat(ExamJson.decode(ExamJson.encode(exam))).isEqualTo(exam);
  }
}

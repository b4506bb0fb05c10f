package org.certamen.server.session.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.certamen.engine.Outcome;
import org.certamen.server.session.domain.Alert;
import org.certamen.server.session.domain.AlertKind;
import org.certamen.server.session.domain.Exam;
import org.certamen.server.session.domain.ExamEventType;
import org.certamen.server.session.domain.ExamStatus;
import org.certamen.server.session.domain.GivenAnswer;
import org.junit.jupiter.api.Test;

class ExamJsonTest {

  @Test
  void decodesWhatItEncoded() {
    Instant at = Instant.parse("2026-11-28T09:12:34.567891Z");
    Exam exam = Exam.entered("123456", "c1", 33, at)
        .withStatus(ExamStatus.IN_PROGRESS, at)
        .withTestState("{\"s\":1,\"r\":[],\"c\":\"q1\",\"n\":null}", at)
        .withAnswer(new GivenAnswer(1, "q1", "{\"a\":\"b\"}", Outcome.WRONG, at))
        .withAnswer(new GivenAnswer(2, "q2", null, Outcome.TIMED_OUT, at))
        .withAlert(new Alert("1", AlertKind.EXTENSION, null, 0, null, at, null, null))
        .withEvent(ExamEventType.EXTENSION_ALERT, at, null)
        .withStatus(ExamStatus.PAUSED_EXTENSION_ALERT, at.plusSeconds(10))
        .withVersion(7);
    assertThat(ExamJson.decode(ExamJson.encode(exam))).isEqualTo(exam);
  }

  @Test
  void decodesAFreshExam() {
    Exam exam = Exam.entered("123456", "c1", 0, Instant.parse("2026-11-28T09:00:00Z"));
    assertThat(ExamJson.decode(ExamJson.encode(exam))).isEqualTo(exam);
  }
}

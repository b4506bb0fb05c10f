package org.certamen.server.session.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ExamTest {
  private static final Instant T0 = Instant.parse("2026-11-28T09:00:00Z");

  @Test
  void grantsTheStandardTimePlusExtraTime() {
    assertThat(Exam.entered("s", "c", 0, T0).remainingSeconds(T0)).isEqualTo(6300);
    assertThat(Exam.entered("s", "c", 30, T0).remainingSeconds(T0)).isEqualTo(8190);
    assertThat(Exam.entered("s", "c", 33, T0).remainingSeconds(T0)).isEqualTo(8379);
  }

  @Test
  void runsTheClockOnlyWhileInProgress() {
    Exam running = Exam.entered("s", "c", 0, T0).withStatus(ExamStatus.IN_PROGRESS, T0);
    assertThat(running.deadline()).isEqualTo(T0.plusSeconds(6300));
    assertThat(running.remainingSeconds(T0.plusSeconds(100))).isEqualTo(6200);
    Exam paused = running.withStatus(ExamStatus.PAUSED_QUESTION_ALERT, T0.plusSeconds(100));
    assertThat(paused.deadline()).isNull();
    assertThat(paused.remainingSeconds(T0.plusSeconds(5000))).isEqualTo(6200);
    Exam again = paused.withStatus(ExamStatus.IN_PROGRESS, T0.plusSeconds(5000));
    assertThat(again.deadline()).isEqualTo(T0.plusSeconds(5000 + 6200));
  }

  @Test
  void roundsTheRemainingTimeUp() {
    Exam running = Exam.entered("s", "c", 0, T0).withStatus(ExamStatus.IN_PROGRESS, T0);
    assertThat(running.remainingSeconds(T0.plusMillis(1))).isEqualTo(6300);
    assertThat(running.remainingSeconds(T0.plusMillis(6_299_999))).isEqualTo(1);
    assertThat(running.remainingSeconds(T0.plusSeconds(6300))).isZero();
  }

  @Test
  void endsAtTheDeadlineAndNotBefore() {
    Exam running = Exam.entered("s", "c", 0, T0).withStatus(ExamStatus.IN_PROGRESS, T0);
    assertThat(running.expiredAt(T0.plusSeconds(6299))).isSameAs(running);
    Exam ended = running.expiredAt(T0.plusSeconds(6300));
    assertThat(ended.status()).isEqualTo(ExamStatus.ENDED_TIME_UP);
    assertThat(ended.remainingSeconds(T0.plusSeconds(9999))).isZero();
    assertThat(ended.events().get(ended.events().size() - 1).at()).isEqualTo(T0.plusSeconds(6300));
  }

  @Test
  void neverFreezesANegativeTime() {
    Exam running = Exam.entered("s", "c", 0, T0).withStatus(ExamStatus.IN_PROGRESS, T0);
    Exam left = running.withStatus(ExamStatus.WAITING_RESUME, T0.plus(Duration.ofHours(3)));
    assertThat(left.frozenRemaining()).isEqualTo(Duration.ZERO);
  }
}

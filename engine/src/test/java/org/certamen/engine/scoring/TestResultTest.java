package org.certamen.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.certamen.engine.framework.CompetenceFramework;
import org.junit.jupiter.api.Test;

class TestResultTest {
  private final CompetenceLevels levels = CompetenceLevels.defaults(CompetenceFramework.crcn());

  @Test
  void scoresTheEstimateWithAnIntervalFromTheStandardError() {
    TestResult result = TestResult.of(0, 0.3, levels, 32);

    assertThat(result.score()).isEqualTo(187);
    assertThat(result.scoreLow()).isEqualTo(ScoreScale.score(-TestResult.Z_95 * 0.3));
    assertThat(result.scoreHigh()).isEqualTo(ScoreScale.score(TestResult.Z_95 * 0.3));
    assertThat(result.scoreLow()).isLessThan(187);
    assertThat(result.scoreHigh()).isGreaterThan(187);
    assertThat(result.globalLevel()).isEqualTo(2);
    assertThat(result.competenceLevels()).hasSize(16).containsEntry("4.2", 2);
    assertThat(result.countedAnswers()).isEqualTo(32);
  }

  @Test
  void narrowsTheIntervalToTheScoreWithoutError() {
    TestResult result = TestResult.of(2, 0, levels, 32);

    assertThat(result.scoreLow()).isEqualTo(469);
    assertThat(result.scoreHigh()).isEqualTo(469);
  }
}

package org.certamen.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoreScaleTest {

  @ParameterizedTest
  @CsvSource({"-3, 32", "0, 187", "2, 469", "4, 768"})
  void reproducesThePublishedScores(double theta, int score) {
    assertThat(ScoreScale.score(theta)).isEqualTo(score);
  }

  @Test
  void givesZeroBelowTheFirstBound() {
    assertThat(ScoreScale.score(-4.67)).isZero();
    assertThat(ScoreScale.score(-4.7)).isZero();
    assertThat(ScoreScale.score(-100)).isZero();
    assertThat(ScoreScale.score(Double.NaN)).isZero();
  }

  @Test
  void capsTheScoreAt895() {
    assertThat(ScoreScale.score(7.99)).isEqualTo(895);
    assertThat(ScoreScale.score(8)).isEqualTo(895);
    assertThat(ScoreScale.score(50)).isEqualTo(895);
    assertThat(ScoreScale.score(Double.POSITIVE_INFINITY)).isEqualTo(895);
  }

  @Test
  void neverDecreasesWithTheta() {
    int previous = 0;
    for (double theta = -6; theta <= 9; theta += 0.001) {
      int score = ScoreScale.score(theta);
      assertThat(score).isGreaterThanOrEqualTo(previous).isBetween(0, 895);
      previous = score;
    }
  }

  @ParameterizedTest
  @CsvSource({"0, 0", "63, 0", "64, 1", "127, 1", "128, 2", "255, 2", "256, 3", "384, 4",
      "512, 5", "640, 6", "767, 6", "768, 7", "895, 7"})
  void givesTheGlobalLevelOfAScore(int score, int level) {
    assertThat(ScoreScale.globalLevel(score)).isEqualTo(level);
  }
}

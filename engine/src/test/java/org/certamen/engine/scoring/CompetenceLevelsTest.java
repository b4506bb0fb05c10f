package org.certamen.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.certamen.engine.framework.CompetenceFramework;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompetenceLevelsTest {
  private final CompetenceLevels defaults = CompetenceLevels.defaults(CompetenceFramework.crcn());

  @ParameterizedTest
  @CsvSource({"-2.5, 0", "-2, 1", "-1.5, 1", "-1, 2", "0.49, 2", "0.5, 3", "1, 4", "2, 5",
      "3, 6", "3.99, 6", "4, 7", "9, 7"})
  void countsTheDefaultThresholdsAtOrBelowTheta(double theta, int level) {
    assertThat(defaults.level("3.4", theta)).isEqualTo(level);
  }

  @Test
  void givesEveryCompetenceOfTheFrameworkInOrder() {
    Map<String, Integer> levels = defaults.levels(1.2);

    assertThat(levels).hasSize(16).containsEntry("1.1", 4).containsEntry("5.2", 4);
    assertThat(levels.keySet()).startsWith("1.1", "1.2", "1.3", "2.1").endsWith("5.1", "5.2");
  }

  @Test
  void usesThresholdsConfiguredForOneCompetenceOnly() {
    CompetenceLevels levels = defaults.withThresholds("3.4", -1, 0, 1, 2, 3, 4, 5);

    assertThat(levels.level("3.4", 1.2)).isEqualTo(3);
    assertThat(levels.level("1.1", 1.2)).isEqualTo(4);
    assertThat(defaults.level("3.4", 1.2)).isEqualTo(4);
    assertThat(levels.levels(1.2)).containsEntry("3.4", 3).containsEntry("2.1", 4);
  }

  @Test
  void refusesBadThresholds() {
    assertThatThrownBy(() -> defaults.withThresholds("9.9", -2, -1, 0, 1, 2, 3, 4))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("9.9");
    assertThatThrownBy(() -> defaults.withThresholds("1.1", -2, -1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> defaults.withThresholds("1.1", -2, -1, 0, 0, 2, 3, 4))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> defaults.withThresholds("1.1", -2, -1, 0, 1, 2, 3, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

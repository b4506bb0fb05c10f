package org.certamen.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CertifiabilityTest {

  @Test
  void givesTheLevelOfACompetenceAsAnEighthOfItsPix() {
    assertThat(Certifiability.level(0)).isZero();
    assertThat(Certifiability.level(7)).isZero();
    assertThat(Certifiability.level(8)).isEqualTo(1);
    assertThat(Certifiability.level(23)).isEqualTo(2);
    assertThat(Certifiability.level(-5)).isZero();
  }

  @Test
  void certifiesWithFiveCompetencesAtLevelOne() {
    assertThat(Certifiability.isCertifiable(
        Map.of("1.1", 8, "1.2", 9, "2.1", 16, "3.1", 40, "4.1", 8, "5.1", 7))).isTrue();
  }

  @Test
  void refusesWithFourCompetencesAtLevelOne() {
    assertThat(Certifiability.isCertifiable(
        Map.of("1.1", 8, "1.2", 9, "2.1", 16, "3.1", 40, "4.1", 7, "5.1", 0))).isFalse();
    assertThat(Certifiability.isCertifiable(Map.of())).isFalse();
  }
}

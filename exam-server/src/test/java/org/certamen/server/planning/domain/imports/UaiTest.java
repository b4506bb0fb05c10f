package org.certamen.server.planning.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UaiTest {

  @Test
  void acceptsSevenDigitsAndTheirKeyLetter() {
    // 0180777 mod 23 = 20 → X; 0750654 → D; 0219999 → E (alphabet without I, O and Q).
    assertThat(Uai.isValid("0180777X")).isTrue();
    assertThat(Uai.isValid("0750654D")).isTrue();
    assertThat(Uai.isValid("0219999E")).isTrue();
  }

  @Test
  void refusesAWrongKeyOrShape() {
    assertThat(Uai.isValid("0180777Y")).isFalse();
    assertThat(Uai.isValid("180777X")).isFalse();
    assertThat(Uai.isValid("0180777x")).isFalse();
    assertThat(Uai.isValid("01807770")).isFalse();
    assertThat(Uai.isValid("")).isFalse();
  }

  @Test
  void normalisesAsSiecleWritesIt() {
    assertThat(Uai.normalise(" 0180777x ")).isEqualTo("0180777X");
  }
}

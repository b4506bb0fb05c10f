package org.certamen.server.planning.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.certamen.server.planning.domain.imports.Ine.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IneTest {

  @Test
  void normalisesCaseAndSpacesTypedByHand() {
    assertThat(Ine.normalise(" 123 456\u00A0789ab ")).isEqualTo("123456789AB");
    assertThat(Ine.normalise(null)).isEmpty();
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "123456789AB, VALID",        // RNIE: shape only, its key algorithm is not public
    "1234A12345F, VALID",        // apprentice: shape only
    "1234567890V, VALID",        // BEA: 1234567890 mod 23 = 18 -> V
    "0501234567G, VALID",
    "0123456789M, VALID",
    "1234567890W, WRONG_KEY",
    "0000000000A, MALFORMED",    // ten identical digits are a placeholder
    "1A2B3C4D5F1, VALID",        // university: 6 x 61 + 15 = 381 -> 1
    "07Z9K3M2P19, VALID",        // 6 x 123 + 1 = 739 -> 9
    "1A2B3C4D5F2, WRONG_KEY",
    "12345, MALFORMED",
    "123456789ABC, MALFORMED",
    "12345678-AB, MALFORMED",
  })
  void checksShapeAndPublicKeys(String ine, Verdict expected) {
    assertThat(Ine.check(ine)).isEqualTo(expected);
  }
}

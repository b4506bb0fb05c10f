package org.certamen.server.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CanonicalTextsTest {
  @Test
  void equalShortTextsShareOneInstance() {
    String first = CanonicalTexts.of(new String("1,3"));
    String second = CanonicalTexts.of(new String("1,3"));
    assertThat(second).isEqualTo("1,3").isSameAs(first);
  }

  @Test
  void longTextsAndNullAreKeptAsGiven() {
    String essay = "x".repeat(65);
    assertThat(CanonicalTexts.of(essay)).isSameAs(essay);
    assertThat(CanonicalTexts.of(null)).isNull();
  }
}

package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {
  @Test
  void refusesToStartOnABankThatCannotServeWholeTestsWithTheValidateMessage() {
    assertThat(Main.shortBankRefusal(TestBank.shortDesign(1), false)).hasValueSatisfying(message ->
        assertThat(message)
            .startsWith("The server does not start: the bank cannot serve whole tests of 32 questions")
            .contains("standard pool, competence 1.1: 1 tube, 6 needed (5 short)")
            .contains("accessible pool, all competences: 16 tubes, 36 needed (20 short)")
            .endsWith("Give --allow-short-bank to start anyway for trials."));
  }

  @Test
  void startsOnAShortBankWhenAllowedAndOnABankThatCanServe() {
    assertThat(Main.shortBankRefusal(TestBank.shortDesign(1), true)).isEmpty();
    assertThat(Main.shortBankRefusal(TestBank.design(), false)).isEmpty();
  }
}

package org.certamen.server.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.certamen.engine.AdaptiveRun;
import org.certamen.engine.Outcome;
import org.certamen.engine.TestDesign;
import org.certamen.engine.TestState;
import org.certamen.server.TestBank;
import org.certamen.server.results.domain.CertificationResult;
import org.certamen.server.results.domain.JuryDecision;
import org.certamen.server.results.domain.ResultBasis;
import org.certamen.server.results.domain.ResultScoring;
import org.certamen.server.results.domain.ResultStatus;
import org.certamen.server.results.domain.Revision;
import org.certamen.server.results.domain.TestEnding;
import org.junit.jupiter.api.Test;

class ResultScoringTest {
  private static final Revision FIRST = new Revision(1, "finalization", "staff",
      Instant.parse("2026-11-28T11:00:00Z"));
  private final TestDesign design = TestBank.design();
  private final ResultScoring scoring = new ResultScoring(design);

  @Test
  void validatesACompleteTestWithALevelForEachCompetence() {
    CertificationResult result = score(answered(32, true), TestEnding.COMPLETED, false, null, List.of());
    assertThat(result.status()).isEqualTo(ResultStatus.VALIDATED);
    assertThat(result.statusReason()).isNull();
    assertThat(result.scoring().score()).isPositive();
    assertThat(result.scoring().scoreLow()).isLessThanOrEqualTo(result.scoring().score());
    assertThat(result.scoring().scoreHigh()).isGreaterThanOrEqualTo(result.scoring().score());
    assertThat(result.scoring().competenceLevels()).hasSize(16);
    assertThat(result.scoring().countedAnswers()).isEqualTo(32);
  }

  @Test
  void countsTheMissingQuestionsOfACandidateWhoLeftAfterTwentyFiveAsWrong() {
    String ended = answered(25, true);
    CertificationResult left = score(ended, TestEnding.LEFT_BY_CANDIDATE, false, null, List.of());
    CertificationResult technical = score(ended, TestEnding.TECHNICAL, false, null, List.of());
    assertThat(left.scoring().countedAnswers()).isEqualTo(32);
    assertThat(left.basis().answeredQuestions()).isEqualTo(25);
    assertThat(technical.scoring().countedAnswers()).isEqualTo(25);
    assertThat(left.scoring().theta()).isLessThan(technical.scoring().theta());
    assertThat(List.of(left.status(), technical.status())).containsOnly(ResultStatus.VALIDATED);
  }

  @Test
  void cancelsATechnicalStopAndRejectsALeavingCandidateUnderTwentyAnswers() {
    String ended = answered(19, true);
    CertificationResult technical = score(ended, TestEnding.TECHNICAL, false, null, List.of());
    CertificationResult left = score(ended, TestEnding.LEFT_BY_CANDIDATE, false, null, List.of());
    assertThat(technical.status()).isEqualTo(ResultStatus.CANCELLED);
    assertThat(technical.statusReason()).isEqualTo("TECHNICAL_TOO_FEW_ANSWERS");
    assertThat(left.status()).isEqualTo(ResultStatus.REJECTED);
    assertThat(left.statusReason()).isEqualTo("TOO_FEW_ANSWERS");
    assertThat(left.scoring().countedAnswers()).isEqualTo(19);
  }

  @Test
  void rejectsAFraudAndLetsTheJuryDecisionWinOverEveryRule() {
    String complete = answered(32, true);
    assertThat(score(complete, TestEnding.COMPLETED, true, null, List.of()).statusReason())
        .isEqualTo("FRAUD");
    CertificationResult cancelled = score(complete, TestEnding.COMPLETED, true, JuryDecision.CANCEL, List.of());
    assertThat(cancelled.status()).isEqualTo(ResultStatus.CANCELLED);
    assertThat(cancelled.statusReason()).isEqualTo("CANCELLED_BY_JURY");
    assertThat(score(complete, TestEnding.COMPLETED, false, JuryDecision.REJECT, List.of()).status())
        .isEqualTo(ResultStatus.REJECTED);
  }

  @Test
  void neutralisedQuestionsNoLongerCountWhateverTheOrderTheyWereGiven() {
    String complete = answered(32, false);
    CertificationResult before = score(complete, TestEnding.COMPLETED, false, null, List.of());
    CertificationResult neutralised = score(complete, TestEnding.COMPLETED, false, null, List.of(3, 7));
    assertThat(neutralised.scoring().countedAnswers()).isEqualTo(30);
    assertThat(neutralised.scoring().standardError()).isNotEqualTo(before.scoring().standardError());
    AdaptiveRun byHand = design.resume(TestState.decode(complete));
    byHand.neutralise(7);
    byHand.neutralise(3);
    assertThat(neutralised.scoring().theta()).isEqualTo(byHand.result().theta());
  }

  @Test
  void rejectsWhenTooFewAnswersRemainAfterNeutralisation() {
    CertificationResult result = score(answered(20, true), TestEnding.TECHNICAL, false, null, List.of(1));
    assertThat(result.status()).isEqualTo(ResultStatus.CANCELLED);
  }

  private CertificationResult score(String ended, TestEnding ending, boolean fraud,
      JuryDecision decision, List<Integer> neutralised) {
    ResultBasis basis = new ResultBasis(scoring.scoredState(ended, ending),
        scoring.answeredQuestions(ended), ending, fraud, decision, neutralised, null, null,
        "P-AAAA-BBBB-CCCC");
    return scoring.score("s1", "c1", basis, FIRST);
  }

  /** A test state after {@code count} answers, all correct or alternately correct and wrong. */
  private String answered(int count, boolean allCorrect) {
    AdaptiveRun test = design.start(42);
    for (int i = 0; i < count; i++) {
      Outcome outcome = allCorrect || i % 2 == 0 ? Outcome.CORRECT : Outcome.WRONG;
      test.answer(test.currentItem().orElseThrow().id(), outcome);
    }
    return test.state().encode();
  }
}

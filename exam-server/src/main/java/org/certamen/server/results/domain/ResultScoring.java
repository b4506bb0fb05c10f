package org.certamen.server.results.domain;

import java.util.Comparator;
import org.certamen.engine.AdaptiveRun;
import org.certamen.engine.TestDesign;
import org.certamen.engine.TestState;
import org.certamen.engine.scoring.TestResult;

/**
 * The certification rules on top of the engine's scoring. In order: a jury decision wins; a
 * reported fraud rejects; fewer than {@link #MIN_ANSWERS} answers cancel after a technical problem
 * and reject otherwise; a score of 0 rejects; anything else is validated.
 */
public record ResultScoring(TestDesign design) {
  /** Answers a candidate must have given for a result to stand. */
  public static final int MIN_ANSWERS = 20;

  /**
   * The test state to score from the state the test ended in. A candidate who left or ran out of
   * time after {@link #MIN_ANSWERS} answers or more has the missing questions counted wrong; a
   * technical stop does not. Kept in the result, so rescoring never selects questions again.
   */
  public String scoredState(String endedState, TestEnding ending) {
    AdaptiveRun test = design.resume(TestState.decode(endedState));
    if (ending.countsMissingAsWrong() && test.countedAnswers() >= MIN_ANSWERS) {
      test.fillRemainingAsWrong();
    }
    return test.state().encode();
  }

  /** Questions the candidate answered in a test state (neutralised ones excluded). */
  public int answeredQuestions(String endedState) {
    return design.resume(TestState.decode(endedState)).countedAnswers();
  }

  /** The result of this version of the basis. */
  public CertificationResult score(String sessionId, String candidateId, ResultBasis basis,
      Revision revision) {
    AdaptiveRun test = design.resume(TestState.decode(basis.scoredState()));
    // From the highest number down, so that each neutralisation leaves lower numbers in place.
    basis.neutralizedQuestions().stream().sorted(Comparator.reverseOrder())
        .forEach(test::neutralise);
    TestResult scoring = test.result();
    int answers = basis.answeredQuestions() - basis.neutralizedQuestions().size();
    ResultStatus status;
    String reason;
    if (basis.juryDecision() == JuryDecision.CANCEL) {
      status = ResultStatus.CANCELLED;
      reason = "CANCELLED_BY_JURY";
    } else if (basis.juryDecision() == JuryDecision.REJECT) {
      status = ResultStatus.REJECTED;
      reason = "REJECTED_BY_JURY";
    } else if (basis.fraud()) {
      status = ResultStatus.REJECTED;
      reason = "FRAUD";
    } else if (answers < MIN_ANSWERS && basis.ending() == TestEnding.TECHNICAL) {
      status = ResultStatus.CANCELLED;
      reason = "TECHNICAL_TOO_FEW_ANSWERS";
    } else if (answers < MIN_ANSWERS) {
      status = ResultStatus.REJECTED;
      reason = "TOO_FEW_ANSWERS";
    } else if (scoring.score() == 0) {
      status = ResultStatus.REJECTED;
      reason = "ZERO_SCORE";
    } else {
      status = ResultStatus.VALIDATED;
      reason = null;
    }
    return new CertificationResult(sessionId, candidateId, basis, revision, status, reason, scoring);
  }
}

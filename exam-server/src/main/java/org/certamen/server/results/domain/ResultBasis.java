package org.certamen.server.results.domain;

import java.util.List;

/**
 * What a result is computed from: the test as scored, how it ended, the report's and the jury's
 * decisions. The jury changes it; {@link ResultScoring} turns it into a status and a score.
 *
 * @param scoredState the engine's test state as scored: the test as it ended, with missing
 *     questions counted wrong when the rules say so; jury neutralisations are not in it
 * @param answeredQuestions questions the candidate answered (before any counted as wrong)
 * @param juryDecision null unless the jury cancelled or rejected the certification
 * @param neutralizedQuestions question numbers the jury neutralised, ascending
 * @param verificationCode the code printed on the attestation, the same in every version
 */
public record ResultBasis(
    String scoredState,
    int answeredQuestions,
    TestEnding ending,
    boolean fraud,
    JuryDecision juryDecision,
    List<Integer> neutralizedQuestions,
    String commentForCandidate,
    String commentForOrganization,
    String verificationCode) {

  public ResultBasis {
    neutralizedQuestions = List.copyOf(neutralizedQuestions);
  }

  public ResultBasis withJuryDecision(JuryDecision decision, String forCandidate,
      String forOrganization) {
    return new ResultBasis(scoredState, answeredQuestions, ending, fraud, decision,
        neutralizedQuestions, forCandidate, forOrganization, verificationCode);
  }

  public ResultBasis withNeutralizedQuestions(List<Integer> numbers, String forCandidate,
      String forOrganization) {
    return new ResultBasis(scoredState, answeredQuestions, ending, fraud, juryDecision,
        numbers.stream().sorted().toList(), forCandidate, forOrganization, verificationCode);
  }
}

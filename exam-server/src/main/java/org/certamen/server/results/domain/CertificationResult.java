package org.certamen.server.results.domain;

import org.certamen.engine.scoring.TestResult;

/**
 * One version of a candidate's certification result. Results are append-only: every change is a
 * new version, and the current result is the latest.
 *
 * @param statusReason why the status is not {@code validated} ({@code CANCELLED_BY_JURY},
 *     {@code REJECTED_BY_JURY}, {@code FRAUD}, {@code TECHNICAL_TOO_FEW_ANSWERS},
 *     {@code TOO_FEW_ANSWERS}, {@code ZERO_SCORE}); null when validated
 * @param scoring the engine's score, interval and levels from the answers that count
 */
public record CertificationResult(
    String sessionId,
    String candidateId,
    ResultBasis basis,
    Revision revision,
    ResultStatus status,
    String statusReason,
    TestResult scoring) {

  public int version() {
    return revision.version();
  }

  public boolean isValidated() {
    return status == ResultStatus.VALIDATED;
  }
}

package org.certamen.server.results.domain;

/** How a candidate's test ended, which decides how missing questions are scored. */
public enum TestEnding {
  /** Every question was answered. */
  COMPLETED,
  /** The time ran out: missing questions count as wrong, as for a candidate who left. */
  TIME_UP,
  /** Ended early, the candidate's doing (left, gave up). */
  LEFT_BY_CANDIDATE,
  /** Ended early by a technical problem. */
  TECHNICAL;

  /** The ending an early stop with that reason has. */
  public static TestEnding of(AbortReason reason) {
    return reason == AbortReason.TECHNICAL ? TECHNICAL : LEFT_BY_CANDIDATE;
  }

  /** True when missing questions count as wrong (once enough were answered). */
  public boolean countsMissingAsWrong() {
    return this == TIME_UP || this == LEFT_BY_CANDIDATE;
  }
}

package org.certamen.server.exam.domain;

/** Where a candidate's exam stands. The API uses these names; the pages translate them. */
public enum ExamStatus {
  /** Enrolled, has not entered the room's exam page yet (no exam record exists). */
  REGISTERED,
  /** Entered; waits for the invigilator to confirm presence and authorise the start. */
  WAITING_AUTHORIZATION,
  /** Authorised: may start (or resume) with the access code and the extension. */
  AUTHORIZED,
  /** Answering questions; the clock runs. */
  IN_PROGRESS,
  /** A question alert waits for the invigilator; answers are refused, the clock is stopped. */
  PAUSED_QUESTION_ALERT,
  /** The extension stopped answering; answers are refused until the invigilator confirms it is back. */
  PAUSED_EXTENSION_ALERT,
  /** Entered again after leaving a started test; waits for the invigilator to authorise the resume. */
  WAITING_RESUME,
  /** Every question answered. */
  COMPLETED,
  /** Ended by the invigilator, with a reason. */
  ENDED_BY_INVIGILATOR,
  /** The time ran out. */
  ENDED_TIME_UP,
  /**
   * The test could not go on (the bank had no question left for the candidate): a technical end,
   * which the finalisation treats as an abort.
   */
  ENDED_TECHNICAL,
  /** Never started: marked absent by the invigilator, or by the finalisation. */
  ABSENT;

  public boolean isEnded() {
    return this == COMPLETED || this == ENDED_BY_INVIGILATOR || this == ENDED_TIME_UP
        || this == ENDED_TECHNICAL;
  }

  /** True while the test is started and not ended, whether the clock runs or not. */
  public boolean isUnderway() {
    return this == IN_PROGRESS || this == PAUSED_QUESTION_ALERT || this == PAUSED_EXTENSION_ALERT;
  }
}

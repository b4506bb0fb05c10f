package org.certamen.server.exam.domain;

import java.time.Instant;

/**
 * An alert raised during an exam, kept after resolution for the incident report. An alert is
 * closed either by the invigilator's decision or by the end of the test ({@link #TEST_ENDED}, with
 * the end's reason): the latter was never resolved by a person, and staff review it.
 *
 * @param id unique within the exam ("1", "2", ...)
 * @param questionId the item concerned (question alerts), else null
 * @param questionNumber the 1-based question number concerned (question alerts), else 0
 * @param reason what the candidate wrote, may be null
 * @param resolvedAt null while the alert is open
 * @param decision {@code validate}, {@code dismiss}, {@code extension-back} or
 *     {@code test-ended} once closed
 * @param closingReason why the test ended, for an alert closed by its end; else null
 * @param resolvedBy who decided on it (a staff member's address, {@code system},
 *     {@code invigilator} or {@code centre}); null while open, when closed by the test's end, or
 *     for alerts resolved before it was recorded
 */
public record Alert(
    String id,
    AlertKind kind,
    String questionId,
    int questionNumber,
    String reason,
    Instant raisedAt,
    Instant resolvedAt,
    String decision,
    String closingReason,
    String resolvedBy) {

  public static final String VALIDATE = "validate";
  public static final String DISMISS = "dismiss";
  public static final String EXTENSION_BACK = "extension-back";
  /** The decision of an alert closed because the test ended before anyone resolved it. */
  public static final String TEST_ENDED = "test-ended";

  static Alert raised(String id, AlertKind kind, String questionId, int questionNumber,
      String reason, Instant at) {
    return new Alert(id, kind, questionId, questionNumber, reason, at, null, null, null, null);
  }

  public boolean isOpen() {
    return resolvedAt == null;
  }

  /** True when the test's end closed it: nobody decided on it. */
  public boolean isUnresolved() {
    return isOpen() || TEST_ENDED.equals(decision);
  }

  /** True when {@code decision} is one that resolves an alert of this kind. */
  boolean fits(String decision) {
    return kind == AlertKind.QUESTION
        ? decision.equals(VALIDATE) || decision.equals(DISMISS)
        : decision.equals(EXTENSION_BACK);
  }

  Alert resolved(String decision, String by, Instant at) {
    return new Alert(id, kind, questionId, questionNumber, reason, raisedAt, at, decision, null,
        by);
  }

  Alert closedByEnd(String endReason, Instant at) {
    return new Alert(id, kind, questionId, questionNumber, reason, raisedAt, at, TEST_ENDED,
        endReason, null);
  }
}

package org.certamen.server.session.domain;

import java.time.Instant;

/**
 * An alert raised during an exam, kept after resolution for the incident report.
 *
 * @param id unique within the exam ("1", "2", ...)
 * @param questionId the item concerned (question alerts), else null
 * @param questionNumber the 1-based question number concerned (question alerts), else 0
 * @param reason what the candidate wrote, may be null
 * @param resolvedAt null while the alert is open
 * @param decision {@code validate}, {@code dismiss} or {@code extension-back} once resolved
 */
public record Alert(
    String id,
    AlertKind kind,
    String questionId,
    int questionNumber,
    String reason,
    Instant raisedAt,
    Instant resolvedAt,
    String decision) {

  public boolean isOpen() {
    return resolvedAt == null;
  }

  public Alert resolved(String decision, Instant at) {
    return new Alert(id, kind, questionId, questionNumber, reason, raisedAt, at, decision);
  }
}

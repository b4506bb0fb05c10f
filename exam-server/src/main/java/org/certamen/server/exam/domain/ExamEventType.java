package org.certamen.server.exam.domain;

/** Entries of a candidate's event log (shown to the invigilator, used for the incident report). */
public enum ExamEventType {
  ENTERED,
  ENTERED_AGAIN,
  AUTHORIZED,
  STARTED,
  RESUMED,
  QUESTION_ALERT,
  EXTENSION_ALERT,
  ALERT_VALIDATED,
  ALERT_DISMISSED,
  EXTENSION_BACK,
  QUESTION_TIMED_OUT,
  COMPLETED,
  ENDED_BY_INVIGILATOR,
  TIME_UP,
  TECHNICAL_END,
  MARKED_ABSENT,
  /** The extension blocked more sites; the detail is its total count. */
  BLOCKED_ATTEMPTS
}

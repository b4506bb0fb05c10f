package org.certamen.server.exam.domain;

/** What an alert is about. */
public enum AlertKind {
  /** The candidate reports a problem with the question on screen. */
  QUESTION,
  /** The exam page no longer hears from the browser extension. */
  EXTENSION
}

package org.certamen.server.results.domain;

/** The categories of the incident report, as the national report form names them. */
public enum IncidentCategory {
  CANDIDATE_INFORMATION_CHANGED,
  SIGNATURE_ISSUE,
  FRAUD,
  NON_BLOCKING_TECHNICAL_ISSUE,
  NON_BLOCKING_CANDIDATE_ISSUE,
  /** A problem with one question; the report names its number. */
  IN_QUESTION,
  LATE_OR_LEAVING
}

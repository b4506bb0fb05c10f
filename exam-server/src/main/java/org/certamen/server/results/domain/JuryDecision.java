package org.certamen.server.results.domain;

/** A jury's decision on a whole certification, which overrides the scoring rules. */
public enum JuryDecision {
  CANCEL,
  REJECT
}

package org.certamen.server.results.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A finalised session waiting for publication, and why a person must look at it before.
 *
 * @param reviewReasons {@code TECHNICAL_END}, {@code FRAUD}, {@code GLOBAL_COMMENT},
 *     {@code UNRESOLVED_IN_QUESTION_INCIDENT}, {@code UNRESOLVED_ALERT}; empty when it can be
 *     published in bulk
 */
public record WaitingSession(String centre, LocalDate date, Finalization finalization,
    int resultCount, List<String> reviewReasons) {

  public boolean needsPerson() {
    return !reviewReasons.isEmpty();
  }
}

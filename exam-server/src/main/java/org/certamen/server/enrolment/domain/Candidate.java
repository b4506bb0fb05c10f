package org.certamen.server.enrolment.domain;

import java.time.LocalDate;

/**
 * A candidate enrolled in a session.
 *
 * @param division the class (for example "3e B"), used to group results
 * @param externalId the national student id (INE) or any id the centre uses
 * @param extraTimePercentage extra time granted, 0 for none (30 gives 105 min × 1.3)
 */
public record Candidate(
    String id,
    String sessionId,
    String lastName,
    String firstName,
    LocalDate birthdate,
    String division,
    String externalId,
    int extraTimePercentage,
    boolean needsAccessibility) {
}

package org.certamen.server.planning.domain;

import java.time.LocalDate;
import java.util.Map;

/** What the centre gives to enrol a candidate; see {@link Candidate}. */
public record Enrolment(String lastName, String firstName, LocalDate birthdate, String division,
    String externalId, int extraTimePercentage, boolean needsAccessibility,
    Map<String, Integer> profile) {

  /** Extra time is granted up to doubling the standard time. */
  public static final int MAX_EXTRA_TIME_PERCENTAGE = 100;

  /** The same enrolment with that profile (null when unknown). */
  public Enrolment withProfile(Map<String, Integer> newProfile) {
    return new Enrolment(lastName, firstName, birthdate, division, externalId, extraTimePercentage,
        needsAccessibility, newProfile);
  }
}

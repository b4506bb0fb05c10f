package org.certamen.server.planning.domain.imports;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One candidate read from an import file, carrying exactly the fields of the enrolment request
 * {@code POST /api/sessions/{sessionId}/candidates}.
 *
 * @param lastName family name, whitespace normalised, never blank
 * @param firstName first given name, whitespace normalised, never blank
 * @param birthdate date of birth
 * @param division the class ("3A", "2NDE 4"), never blank
 * @param externalId the INE, upper case without spaces (see {@link Ine})
 * @param extraTimePercentage extra time in percent of the normal duration, from 0 (none) to
 *     {@value #MAX_EXTRA_TIME_PERCENTAGE} (double time); the usual "tiers temps" is 33
 * @param needsAccessibility whether the candidate needs accessibility arrangements in the room
 */
public record CandidateDraft(
    String lastName,
    String firstName,
    LocalDate birthdate,
    String division,
    String externalId,
    int extraTimePercentage,
    boolean needsAccessibility) {

  /** Double time: no accommodation in French exams goes beyond it. */
  public static final int MAX_EXTRA_TIME_PERCENTAGE = 100;

  public CandidateDraft {
    requireText(lastName, "lastName");
    requireText(firstName, "firstName");
    Objects.requireNonNull(birthdate, "birthdate");
    requireText(division, "division");
    requireText(externalId, "externalId");
    if (extraTimePercentage < 0 || extraTimePercentage > MAX_EXTRA_TIME_PERCENTAGE) {
      throw new IllegalArgumentException("extraTimePercentage out of range: " + extraTimePercentage);
    }
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is blank");
    }
  }
}

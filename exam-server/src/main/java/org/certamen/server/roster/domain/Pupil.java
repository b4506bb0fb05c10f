package org.certamen.server.roster.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.certamen.server.shared.TextFolding;

/**
 * A pupil of a school's roster, kept across imports: deactivated when they leave (never deleted,
 * so their history stays), reactivated when they come back.
 *
 * @param id opaque, stable across imports
 * @param ine the national student id, or null when unknown
 * @param division the class, for example "3E2"
 * @param deactivatedAt when an import found them gone; null while active
 * @param profile the latest profile they shared, or null
 */
public record Pupil(
    String id,
    String centreId,
    String ine,
    String lastName,
    String firstName,
    LocalDate birthdate,
    String division,
    boolean active,
    Instant deactivatedAt,
    PupilProfile profile) {

  public Certifiability certifiability() {
    return Certifiability.of(profile);
  }

  /**
   * Whether this is the pupil of that identity: names compared as at exam entry (without accents,
   * case, hyphens or extra spaces), and the same birth date.
   */
  public boolean hasIdentity(String otherLastName, String otherFirstName, LocalDate otherBirthdate) {
    return birthdate.equals(otherBirthdate)
        && TextFolding.fold(lastName).equals(TextFolding.fold(otherLastName))
        && TextFolding.fold(firstName).equals(TextFolding.fold(otherFirstName));
  }

  /** The same pupil, as a new import describes them, active again. */
  public Pupil described(String newIne, String newLastName, String newFirstName,
      LocalDate newBirthdate, String newDivision) {
    return new Pupil(id, centreId, newIne, newLastName, newFirstName, newBirthdate, newDivision,
        true, null, profile);
  }

  /** The same pupil, gone from the school since {@code at}. */
  public Pupil deactivated(Instant at) {
    return new Pupil(id, centreId, ine, lastName, firstName, birthdate, division, false, at,
        profile);
  }

  public Pupil withProfile(PupilProfile latest) {
    return new Pupil(id, centreId, ine, lastName, firstName, birthdate, division, active,
        deactivatedAt, latest);
  }
}

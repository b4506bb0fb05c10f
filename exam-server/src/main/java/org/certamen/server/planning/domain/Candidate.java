package org.certamen.server.planning.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.certamen.engine.scoring.Certifiability;
import org.certamen.server.shared.TextFolding;

/**
 * A candidate enrolled in a session.
 *
 * @param division the class (for example "3e B"), used to group results
 * @param externalId the national student id (INE) or any id the centre uses
 * @param extraTimePercentage extra time granted, 0 for none (30 gives 105 min × 1.3)
 * @param profile the training profile, competence code to pix points, or null when unknown
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
    boolean needsAccessibility,
    Map<String, Integer> profile) {

  public Candidate {
    profile = profile == null ? null : Map.copyOf(profile);
  }

  /** What the centre gave to enrol this candidate. */
  public Enrolment enrolment() {
    return new Enrolment(lastName, firstName, birthdate, division, externalId, extraTimePercentage,
        needsAccessibility, profile);
  }

  /** The same candidate, same id, with what the centre gave instead. */
  public Candidate with(Enrolment changed) {
    return new Candidate(id, sessionId, changed.lastName(), changed.firstName(),
        changed.birthdate(), changed.division(), changed.externalId(),
        changed.extraTimePercentage(), changed.needsAccessibility(), changed.profile());
  }

  /**
   * Whether this is the candidate of that identity: names compared without accents, case, hyphens
   * or extra spaces, and the same birth date.
   */
  public boolean hasIdentity(String otherLastName, String otherFirstName, LocalDate otherBirthdate) {
    return birthdate.equals(otherBirthdate)
        && TextFolding.fold(lastName).equals(TextFolding.fold(otherLastName))
        && TextFolding.fold(firstName).equals(TextFolding.fold(otherFirstName));
  }

  /** Whether the candidate may sit the certification; empty when the profile is unknown. */
  public Optional<Boolean> isCertifiable() {
    return Optional.ofNullable(profile).map(Certifiability::isCertifiable);
  }
}

package org.certamen.server.roster.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * Whether a pupil may sit the certification, and since when: the engine's rule (at least 5
 * competences at level 1 or more, a level being floor(pix / 8)) applied to the latest profile
 * the pupil shared.
 *
 * @param since when the profile that decided it was shared; null when {@link Status#UNKNOWN}
 */
public record Certifiability(Status status, Instant since) {

  /** The three statuses a school sees: « Non communiqué », « Non certifiable », « Certifiable ». */
  public enum Status {
    /** No profile was shared yet. */
    UNKNOWN,
    NOT_CERTIFIABLE,
    CERTIFIABLE
  }

  /** A pupil who never shared a profile. */
  public static final Certifiability UNKNOWN = new Certifiability(Status.UNKNOWN, null);

  public Certifiability {
    Objects.requireNonNull(status, "status");
  }

  /** The status the profile gives, established when it was shared. */
  public static Certifiability of(PupilProfile profile) {
    if (profile == null) {
      return UNKNOWN;
    }
    boolean certifiable =
        org.certamen.engine.scoring.Certifiability.isCertifiable(profile.pixByCompetence());
    return new Certifiability(certifiable ? Status.CERTIFIABLE : Status.NOT_CERTIFIABLE,
        profile.sharedAt());
  }

  public boolean isCertifiable() {
    return status == Status.CERTIFIABLE;
  }
}

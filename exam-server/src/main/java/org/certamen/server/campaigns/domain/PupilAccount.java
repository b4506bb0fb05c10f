package org.certamen.server.campaigns.domain;

import java.time.Instant;

/**
 * A pupil's account in the pupil space, tied to one pupil of a school's roster.
 *
 * @param identifier what the pupil types to log in: {@code prenom.nomJJMM}, made unique
 * @param oneTimePassword true when the school printed the password: the pupil chooses their own
 *     at the first login before anything else
 */
public record PupilAccount(String identifier, String centreId, String pupilId,
    String passwordHash, boolean oneTimePassword, Instant createdAt) {

  public PupilAccount withPassword(String hash, boolean oneTime) {
    return new PupilAccount(identifier, centreId, pupilId, hash, oneTime, createdAt);
  }
}

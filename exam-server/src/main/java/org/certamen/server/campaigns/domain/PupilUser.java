package org.certamen.server.campaigns.domain;

/** Who a pupil token belongs to, as their account is now. */
public record PupilUser(PupilLogin login, PupilAccount account) {
  public String centreId() {
    return account.centreId();
  }

  public String pupilId() {
    return account.pupilId();
  }
}

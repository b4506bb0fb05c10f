package org.certamen.server.centre.domain;

/** Who a centre token belongs to, as they are now (a changed role applies at once). */
public record CentreUser(CentreLogin login, Member member) {

  public String centreId() {
    return member.centreId();
  }

  public boolean isAdministrator() {
    return member.role() == CentreRole.ADMINISTRATOR;
  }
}

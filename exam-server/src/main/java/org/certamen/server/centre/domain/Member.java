package org.certamen.server.centre.domain;

/**
 * A person of a centre, known by e-mail address (one centre per address).
 *
 * @param passwordHash as {@link org.certamen.server.shared.PasswordHasher}, or null while the
 *     invitation is not accepted
 */
public record Member(String centreId, String email, CentreRole role, String passwordHash) {

  public boolean hasAccepted() {
    return passwordHash != null;
  }

  public Member withRole(CentreRole newRole) {
    return new Member(centreId, email, newRole, passwordHash);
  }

  public Member withPasswordHash(String hash) {
    return new Member(centreId, email, role, hash);
  }
}

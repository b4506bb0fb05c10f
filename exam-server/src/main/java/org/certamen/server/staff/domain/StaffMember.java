package org.certamen.server.staff.domain;

/**
 * A personal staff account, known by e-mail address.
 *
 * @param passwordHash as {@link org.certamen.server.shared.PasswordHasher}, or null while the
 *     invitation is not accepted
 */
public record StaffMember(String email, StaffRole role, String passwordHash) {

  public boolean hasAccepted() {
    return passwordHash != null;
  }

  public StaffMember withRole(StaffRole newRole) {
    return new StaffMember(email, newRole, passwordHash);
  }

  public StaffMember withPasswordHash(String hash) {
    return new StaffMember(email, role, hash);
  }
}

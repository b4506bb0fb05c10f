package org.certamen.server.staff.domain;

/**
 * Who acts for the staff: an account, or the bootstrap token of the environment ({@link #SYSTEM}),
 * which may do what an admin does.
 *
 * @param name the account's e-mail address, or {@code system}; recorded on what they change
 */
public record StaffUser(String name, StaffRole role) {
  public static final StaffUser SYSTEM = new StaffUser("system", StaffRole.ADMIN);

  public boolean isAdmin() {
    return role == StaffRole.ADMIN;
  }
}

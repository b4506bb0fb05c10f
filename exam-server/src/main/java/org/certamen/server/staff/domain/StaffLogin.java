package org.certamen.server.staff.domain;

import java.time.Instant;
import org.certamen.server.shared.Expiring;

/**
 * A bearer token of a staff account.
 *
 * @param value {@code console-SECRET} with a 128-bit random secret
 */
public record StaffLogin(String value, String email, Instant expiresAt) implements Expiring {
  /** Every staff account's token starts with it, so that guards know which service checks it. */
  public static final String PREFIX = "console-";

  public static boolean isStaffLogin(String value) {
    return value.startsWith(PREFIX);
  }
}

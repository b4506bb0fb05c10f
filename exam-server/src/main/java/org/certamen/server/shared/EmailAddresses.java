package org.certamen.server.shared;

import java.util.Locale;

/** E-mail addresses as accounts are keyed by them: trimmed, lower case, checked. */
public final class EmailAddresses {
  private static final int MAX_LENGTH = 254;

  private EmailAddresses() {
  }

  /** The address in its stored form; fails with {@code INVALID_FIELD} when it is not one. */
  public static String normalise(String email) {
    String address = email.strip().toLowerCase(Locale.ROOT);
    if (!address.matches("[^@\\s{}]+@[^@\\s{}]+\\.[^@\\s{}]+") || address.length() > MAX_LENGTH) {
      throw DomainException.invalid("INVALID_FIELD", "Field 'email' must be an e-mail address");
    }
    return address;
  }
}

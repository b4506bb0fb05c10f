package org.certamen.server.shared;

import io.vertx.core.Future;
import java.util.Optional;

/**
 * A login's password check against an account that may not exist. An unknown account costs a hash
 * too, so that the answer's delay does not tell which accounts exist.
 */
public final class PasswordCheck {
  private PasswordCheck() {
  }

  /** The password checked against the account's stored hash; an unknown account never matches. */
  public static Future<PasswordHasher.Verification> verify(PasswordHasher passwords,
      String password, Optional<String> storedHash) {
    return storedHash.isEmpty()
        ? passwords.hash(password).map(ignored -> new PasswordHasher.Verification(false, false))
        : passwords.verify(password, storedHash.get());
  }
}

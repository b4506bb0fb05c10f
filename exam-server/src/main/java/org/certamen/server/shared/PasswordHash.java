package org.certamen.server.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Salted SHA-256 of a generated password (an invigilator's), so a copy of the store does not
 * reveal it. A fast hash is enough: such passwords are random and attempts are rate-limited.
 * Passwords people choose take {@link PasswordHasher}.
 */
public final class PasswordHash {
  private PasswordHash() {
  }

  /** {@code salt$hash}, both base64url. */
  public static String of(String password) {
    String salt = RandomIds.secret(16);
    return salt + "$" + digest(salt, password);
  }

  /** True when the password is the one hashed, compared in constant time. */
  public static boolean matches(String password, String hashed) {
    int dollar = hashed.indexOf('$');
    if (dollar < 0 || password == null) {
      return false;
    }
    String expected = hashed.substring(dollar + 1);
    return constantTimeEquals(expected, digest(hashed.substring(0, dollar), password));
  }

  /** Equality that takes the same time wherever the strings differ (no timing oracle). */
  public static boolean constantTimeEquals(String a, String b) {
    return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  private static String digest(String salt, String password) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding()
          .encodeToString(sha.digest(password.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

package org.certamen.server.shared;

import java.security.SecureRandom;
import java.util.Base64;

/** Unpredictable identifiers and secrets from one {@link SecureRandom}. */
public final class RandomIds {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] UNAMBIGUOUS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

  private RandomIds() {
  }

  /** A base64url secret of {@code bytes} random bytes (16 bytes = 128 bits). */
  public static String secret(int bytes) {
    byte[] value = new byte[bytes];
    RANDOM.nextBytes(value);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
  }

  /** The secret part of a token or a link that opens an account: 128 random bits, base64url. */
  public static String tokenSecret() {
    return secret(16);
  }

  /** A number of exactly {@code digits} digits, first digit non-zero: easy to read aloud. */
  public static String digits(int digits) {
    StringBuilder number = new StringBuilder().append(1 + RANDOM.nextInt(9));
    for (int i = 1; i < digits; i++) {
      number.append(RANDOM.nextInt(10));
    }
    return number.toString();
  }

  /** Upper-case letters and digits without look-alikes (no O/0, I/1): codes people type. */
  public static String code(int length) {
    return code(length, UNAMBIGUOUS);
  }

  /** {@code length} characters drawn from the alphabet. */
  public static String code(int length, char[] alphabet) {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < length; i++) {
      code.append(alphabet[RANDOM.nextInt(alphabet.length)]);
    }
    return code.toString();
  }

  public static long seed() {
    return RANDOM.nextLong();
  }
}

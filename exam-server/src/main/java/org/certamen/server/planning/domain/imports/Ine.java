package org.certamen.server.planning.domain.imports;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The INE (identifiant national élève), the 11-character national student identifier.
 *
 * <p>Four shapes are in circulation: RNIE (9 digits + 2 letters, every student since 2018), BEA
 * (10 digits + 1 letter), apprentice (4 digits + {@code A} + 5 digits + 1 letter) and university
 * (10 base-36 characters + 1 digit). Only the BEA and university keys have a public algorithm; the
 * RNIE and apprentice keys can only be checked by a national service, so their shape is all we
 * verify.
 */
public final class Ine {

  /** Outcome of {@link #check(String)}. */
  public enum Verdict {
    VALID,
    MALFORMED,
    WRONG_KEY
  }

  private static final Pattern RNIE = Pattern.compile("\\d{9}[A-Z]{2}");
  private static final Pattern BEA = Pattern.compile("\\d{10}[A-Z]");
  private static final Pattern APPRENTICE = Pattern.compile("\\d{4}A\\d{5}[A-Z]");
  private static final Pattern UNIVERSITY = Pattern.compile("[0-9A-Z]{10}\\d");
  private static final Pattern TEN_SAME_DIGITS = Pattern.compile("(\\d)\\1{9}.");
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");
  /** The BEA key alphabet: A to Z without I, O and Q. */
  private static final String BEA_KEYS = "ABCDEFGHJKLMNPRSTUVWXYZ";

  private Ine() {}

  /** The INE as typed by hand ("123 456 789ab") in its canonical form: upper case, no spaces. */
  public static String normalise(String raw) {
    return WHITESPACE.matcher(raw == null ? "" : raw).replaceAll("").toUpperCase(Locale.ROOT);
  }

  /** Checks the shape of a normalised INE and, for the BEA and university forms, its key. */
  public static Verdict check(String ine) {
    if (RNIE.matcher(ine).matches() || APPRENTICE.matcher(ine).matches()) {
      return Verdict.VALID;
    }
    if (BEA.matcher(ine).matches()) {
      // A run of ten identical digits is a placeholder, not a number ever issued.
      if (TEN_SAME_DIGITS.matcher(ine).matches()) {
        return Verdict.MALFORMED;
      }
      return ine.charAt(10) == beaKey(Long.parseLong(ine.substring(0, 10)))
          ? Verdict.VALID
          : Verdict.WRONG_KEY;
    }
    if (UNIVERSITY.matcher(ine).matches()) {
      return ine.charAt(10) == universityKey(ine) ? Verdict.VALID : Verdict.WRONG_KEY;
    }
    return Verdict.MALFORMED;
  }

  /** BEA key (also the UAI's): the letter at index {@code number mod 23} of {@link #BEA_KEYS}. */
  static char beaKey(long number) {
    return BEA_KEYS.charAt((int) (number % BEA_KEYS.length()));
  }

  /**
   * University key: the last decimal digit of 6 × (sum of the base-36 values of characters 1 to 9)
   * + the base-36 value of character 10.
   */
  private static char universityKey(String ine) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += Character.digit(ine.charAt(i), 36);
    }
    int total = 6 * sum + Character.digit(ine.charAt(9), 36);
    return (char) ('0' + total % 10);
  }
}

package org.certamen.server.campaigns.domain;

import java.util.Locale;
import java.util.regex.Pattern;
import org.certamen.server.shared.RandomIds;

/**
 * The code pupils type to join a campaign: 9 characters without look-alikes (no 0/O, 1/I/L),
 * read aloud in class and typed on phones. 31^9 ≈ 2.6 × 10^13 codes, so that guessing one is
 * hopeless under the rate limit.
 */
public final class CampaignCode {
  public static final int LENGTH = 9;
  static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
  private static final Pattern TYPING_SEPARATORS = Pattern.compile("[\\s\\-.]");

  private CampaignCode() {
  }

  public static String generate() {
    return RandomIds.code(LENGTH, ALPHABET);
  }

  /** The code as typed, upper-cased and without the spaces or hyphens people add. */
  public static String normalise(String typed) {
    return TYPING_SEPARATORS.matcher(typed).replaceAll("").toUpperCase(Locale.ROOT);
  }
}

package org.certamen.server.planning.domain.imports;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A school's UAI (ex-RNE), as SIECLE writes it in {@code PARAMETRES/UAJ}: 7 digits and a key
 * letter, the BEA key of the 7-digit number ({@code 0180777X}).
 */
public final class Uai {
  private static final Pattern SHAPE = Pattern.compile("\\d{7}[A-Z]");

  private Uai() {
  }

  /** The UAI in upper case without surrounding spaces, as SIECLE writes it. */
  public static String normalise(String raw) {
    return raw.strip().toUpperCase(Locale.ROOT);
  }

  /** True for 7 digits followed by their key letter. */
  public static boolean isValid(String uai) {
    return SHAPE.matcher(uai).matches()
        && uai.charAt(7) == Ine.beaKey(Long.parseLong(uai.substring(0, 7)));
  }
}

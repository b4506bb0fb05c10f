package org.certamen.server.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds names so that "  Lefèvre-Dupont " matches "lefevre dupont": accents, case, spaces, hyphens. */
public final class TextFolding {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-'’]+");

  private TextFolding() {
  }

  public static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    String plain = MARKS.matcher(decomposed).replaceAll("")
        .replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE");
    return SEPARATORS.matcher(plain.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }
}

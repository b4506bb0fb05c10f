package org.certamen.engine.bank;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds free text so that "  Élève " and "eleve" compare equal: trimmed, case and accents folded. */
public final class TextFolding {
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private TextFolding() {
  }

  /** The folded form: trimmed, inner spaces collapsed, accents, ligatures and case folded. */
  public static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    String withoutAccents = COMBINING_MARKS.matcher(decomposed).replaceAll("");
    // Ligatures common in French are not decomposed by NFD.
    String expanded = withoutAccents.replace("œ", "oe").replace("Œ", "OE")
        .replace("æ", "ae").replace("Æ", "AE");
    return SPACES.matcher(expanded.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }
}

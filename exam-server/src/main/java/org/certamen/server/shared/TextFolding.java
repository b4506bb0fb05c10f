package org.certamen.server.shared;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Folds names so that "  Lefèvre-Dupont " matches "lefevre dupont" however they were typed: the
 * engine's folding of answers (accents, œ and æ, case, spaces), after the compatibility forms are
 * decomposed (ﬁ and ﬂ ligatures, no-break and narrow no-break spaces), ß written ss, dotless and
 * dotted i written i, and every apostrophe and hyphen a keyboard or a word processor produces
 * counted as a space.
 */
public final class TextFolding {
  /**
   * Apostrophes (' ‘ ’ ʼ ` ´) and hyphens (- ‐ ‑ ‒ – — ― −); U+2011 is already U+2010 after NFKD,
   * listed all the same.
   */
  private static final Pattern NAME_SEPARATORS =
      Pattern.compile("['\u2018\u2019\u02BC`\u00B4\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212]");

  private TextFolding() {
  }

  public static String fold(String text) {
    String compatible = Normalizer.normalize(text, Normalizer.Form.NFKD)
        .replace("ß", "ss").replace("ẞ", "ss").replace('ı', 'i');
    return org.certamen.engine.bank.TextFolding.fold(
        NAME_SEPARATORS.matcher(compatible).replaceAll(" "));
  }
}

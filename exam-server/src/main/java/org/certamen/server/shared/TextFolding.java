package org.certamen.server.shared;

import java.util.regex.Pattern;

/**
 * Folds names so that "  Lefèvre-Dupont " matches "lefevre dupont": the engine's folding of
 * answers (accents, ligatures, case, spaces), with hyphens and apostrophes counted as spaces.
 */
public final class TextFolding {
  private static final Pattern NAME_SEPARATORS = Pattern.compile("[-'’]");

  private TextFolding() {
  }

  public static String fold(String text) {
    return org.certamen.engine.bank.TextFolding.fold(NAME_SEPARATORS.matcher(text).replaceAll(" "));
  }
}

package org.certamen.server.campaigns.domain;

import java.time.LocalDate;
import org.certamen.server.shared.TextFolding;

/**
 * The identifiers proposed to pupils: {@code prenom.nomJJMM} in lower case without accents,
 * spaces, hyphens or apostrophes ("Zoé Lefèvre-Dupont" born on 4 March: {@code
 * zoe.lefevredupont0403}); a namesake born on the same day gets {@code -2}, {@code -3}, …
 */
public final class PupilIdentifiers {
  private PupilIdentifiers() {
  }

  /** The identifier proposed first. */
  public static String base(String firstName, String lastName, LocalDate birthdate) {
    return plain(firstName) + "." + plain(lastName)
        + String.format("%02d%02d", birthdate.getDayOfMonth(), birthdate.getMonthValue());
  }

  /** The {@code n}-th proposal (1 is the base). */
  public static String nth(String base, int n) {
    return n == 1 ? base : base + "-" + n;
  }

  /** An identifier as typed, in the form it is stored. */
  public static String normalise(String typed) {
    return typed.strip().toLowerCase(java.util.Locale.ROOT);
  }

  private static String plain(String name) {
    return TextFolding.fold(name).replaceAll("[^a-z0-9]", "");
  }
}

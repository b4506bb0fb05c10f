package org.certamen.server.planning.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.certamen.server.shared.DomainException;

/**
 * When a session may take place: from today to one school year ahead, so that a mistyped year
 * (2020 for 2026, or 2062) is caught when the session is planned, not on the day.
 */
record SessionDates(Clock clock, ZoneId zone) {
  /** The code of a date outside that window. */
  static final String INVALID_SESSION_DATE = "INVALID_SESSION_DATE";
  private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** Fails with {@code INVALID_SESSION_DATE}, in French, when the date is out of the window. */
  void check(LocalDate date) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
    LocalDate latest = today.plusYears(1);
    if (date.isBefore(today)) {
      throw DomainException.invalid(INVALID_SESSION_DATE, "La date du " + FRENCH.format(date)
          + " est passée : choisissez aujourd'hui ou un jour à venir.");
    }
    if (date.isAfter(latest)) {
      throw DomainException.invalid(INVALID_SESSION_DATE, "La date du " + FRENCH.format(date)
          + " est à plus d'un an : choisissez une date d'ici le " + FRENCH.format(latest) + ".");
    }
  }
}

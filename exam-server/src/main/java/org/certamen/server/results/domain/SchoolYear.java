package org.certamen.server.results.domain;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A French school year, September to August, named by its two calendar years ("2026-2027").
 *
 * @param startYear the calendar year of its September
 */
public record SchoolYear(int startYear) implements Comparable<SchoolYear> {
  private static final Pattern LABEL = Pattern.compile("(\\d{4})-(\\d{4})");

  /** The school year a day belongs to. */
  public static SchoolYear of(LocalDate day) {
    return new SchoolYear(day.getMonthValue() >= Month.SEPTEMBER.getValue()
        ? day.getYear() : day.getYear() - 1);
  }

  /** The year of a label such as "2026-2027"; empty unless the second year follows the first. */
  public static Optional<SchoolYear> parse(String label) {
    Matcher matcher = LABEL.matcher(label.strip());
    if (!matcher.matches()) {
      return Optional.empty();
    }
    int start = Integer.parseInt(matcher.group(1));
    return Integer.parseInt(matcher.group(2)) == start + 1
        ? Optional.of(new SchoolYear(start)) : Optional.empty();
  }

  public boolean contains(LocalDate day) {
    return of(day).equals(this);
  }

  /** "2026-2027". */
  public String label() {
    return startYear + "-" + (startYear + 1);
  }

  @Override
  public int compareTo(SchoolYear other) {
    return Integer.compare(startYear, other.startYear);
  }
}

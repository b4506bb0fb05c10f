package org.certamen.server.roster.domain;

import org.certamen.server.shared.TextFolding;

/**
 * A search in a school's roster; a null filter keeps every pupil.
 *
 * @param division the class, exactly
 * @param active true for active pupils, false for deactivated ones
 * @param text part of the last or first name, compared as at exam entry (accents, case, hyphens)
 * @param page from 1
 * @param pageSize from 1 to {@value #MAX_PAGE_SIZE}
 */
public record PupilQuery(String division, Boolean active, String text,
    Certifiability.Status certifiability, int page, int pageSize) {
  public static final int MAX_PAGE_SIZE = 200;

  public PupilQuery {
    if (page < 1 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("page " + page + " of size " + pageSize);
    }
  }

  public boolean matches(Pupil pupil) {
    return (division == null || division.equals(pupil.division()))
        && (active == null || active == pupil.active())
        && (certifiability == null || certifiability == pupil.certifiability().status())
        && (text == null || text.isBlank() || names(pupil).contains(TextFolding.fold(text)));
  }

  private static String names(Pupil pupil) {
    // Both orders, so that « Léa Dupond » finds DUPOND Léa.
    return TextFolding.fold(pupil.lastName() + " " + pupil.firstName()) + "|"
        + TextFolding.fold(pupil.firstName() + " " + pupil.lastName());
  }
}

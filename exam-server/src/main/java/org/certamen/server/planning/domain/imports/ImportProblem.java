package org.certamen.server.planning.domain.imports;

import java.util.Objects;

/**
 * Something an import found in a file, worded in French for the school secretary who will fix it.
 *
 * <p>Used both for rejections ({@link ImportReport#problems()}) and for records deliberately left
 * out ({@link ImportReport#skipped()}).
 *
 * @param line 1-based line of the record in the file (for SIECLE XML, the line of the pupil's
 *     {@code <ELEVE>} tag); 0 when the problem concerns the whole file
 * @param candidate who the record is about ("DUPOND Léa"), empty when unknown
 * @param field the French name of the field concerned ("INE", "Date de naissance"), empty when
 *     the problem is not about one field
 * @param code stable code for programs
 * @param reason French explanation, e.g. « INE mal formé : 12345 »
 */
public record ImportProblem(int line, String candidate, String field, Code code, String reason) {

  /** Stable problem codes. */
  public enum Code {
    // The whole file is refused.
    FILE_EMPTY,
    FILE_TOO_LARGE,
    FILE_INVALID,
    ENCODING_NOT_SUPPORTED,
    ZIP_CONTENT_INVALID,
    WRONG_SIECLE_EXPORT,
    UAI_MISMATCHED,
    SEPARATOR_NOT_FOUND,
    HEADER_REQUIRED,
    HEADER_UNKNOWN,
    HEADER_DUPLICATE,
    NO_CANDIDATE,
    // One record is refused.
    WRONG_COLUMN_COUNT,
    UNCLOSED_QUOTE,
    NAME_REQUIRED,
    BIRTHDATE_REQUIRED,
    BIRTHDATE_INVALID,
    CLASS_REQUIRED,
    INE_REQUIRED,
    INE_MALFORMED,
    INE_KEY_INVALID,
    INE_DUPLICATE,
    IDENTITY_COLLISION,
    EXTRA_TIME_INVALID,
    ACCESSIBILITY_INVALID,
    // One line of a profile file is refused.
    COMPETENCE_UNKNOWN,
    PIX_INVALID,
    COMPETENCE_DUPLICATE,
    PUPIL_UNKNOWN,
    // One SIECLE pupil is left out on purpose, as the national importer does.
    PUPIL_LEFT,
    PUPIL_WITHOUT_INE,
    PUPIL_WITHOUT_CLASS
  }

  public ImportProblem {
    if (line < 0) {
      throw new IllegalArgumentException("negative line " + line);
    }
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(reason, "reason");
  }

  static ImportProblem ofFile(Code code, String reason) {
    return new ImportProblem(0, "", "", code, reason);
  }

  /** Whether this problem is about the file as a whole rather than one of its records. */
  public boolean concernsWholeFile() {
    return line == 0;
  }

  /** One French sentence for a list: « Ligne 12 (DUPOND Léa) : INE mal formé : 12345 ». */
  public String describe() {
    if (concernsWholeFile()) {
      return reason;
    }
    String who = candidate.isEmpty() ? "" : " (" + candidate + ")";
    return "Ligne " + line + who + " : " + reason;
  }
}

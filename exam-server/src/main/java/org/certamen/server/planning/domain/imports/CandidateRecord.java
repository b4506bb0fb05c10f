package org.certamen.server.planning.domain.imports;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.certamen.server.planning.domain.Enrolment;
import org.certamen.server.planning.domain.imports.ImportProblem.Code;

/**
 * One record of an import file on its way to a {@link Enrolment}: the checks both file
 * formats apply to a candidate's fields, the problems they found, and what became of the record.
 */
final class CandidateRecord {

  /** Field names as the secretary sees them. */
  static final String LAST_NAME = "Nom";
  static final String FIRST_NAME = "Prénom";
  static final String BIRTHDATE = "Date de naissance";
  static final String DIVISION = "Classe";
  static final String INE = "INE";

  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");
  private static final LocalDate EARLIEST_BIRTHDATE = LocalDate.of(1900, 1, 1);

  private final int line;
  private final String candidate;
  private final List<ImportProblem> problems = new ArrayList<>();
  private String wellFormedIne;
  private Enrolment draft;
  private ImportProblem skip;

  /** A record at the given line, about the person named by the raw names (for messages only). */
  CandidateRecord(int line, String rawLastName, String rawFirstName) {
    this.line = line;
    this.candidate = normaliseText(normaliseText(rawLastName) + " " + normaliseText(rawFirstName));
  }

  /**
   * Text as people mean it: Unicode NFC (files saved on a Mac arrive decomposed), runs of spaces,
   * tabs, line breaks and non-breaking spaces collapsed to one space, trimmed; "" for null.
   */
  static String normaliseText(String raw) {
    if (raw == null) {
      return "";
    }
    String composed = Normalizer.normalize(raw, Normalizer.Form.NFC);
    return WHITESPACE.matcher(composed).replaceAll(" ").trim();
  }

  /** A required name; {@code missing} is the French message when it is blank. */
  String name(String field, String raw, String missing) {
    String name = normaliseText(raw);
    if (name.isEmpty()) {
      reject(field, Code.NAME_REQUIRED, missing);
    }
    return name;
  }

  /** The required class, kept verbatim apart from surrounding spaces. */
  String division(String raw) {
    String division = raw == null ? "" : raw.strip();
    if (division.isEmpty()) {
      reject(DIVISION, Code.CLASS_REQUIRED, "Classe manquante");
    }
    return division;
  }

  /** The required INE, normalised; see {@link Ine}. */
  String ine(String raw) {
    String ine = Ine.normalise(raw);
    if (ine.isEmpty()) {
      reject(INE, Code.INE_REQUIRED, "INE manquant");
      return ine;
    }
    switch (Ine.check(ine)) {
      case VALID -> wellFormedIne = ine;
      case MALFORMED -> reject(INE, Code.INE_MALFORMED,
          "INE mal formé : " + raw.strip() + " (attendu : 11 caractères, par exemple 123456789AB)");
      case WRONG_KEY -> reject(INE, Code.INE_KEY_INVALID,
          "INE invalide, la clé de contrôle ne correspond pas : " + ine);
    }
    return ine;
  }

  /**
   * The required birth date in one of the accepted formats, between 1900 and {@code today};
   * null when it is missing or invalid.
   */
  private static final Pattern DATE_SHAPE =
      Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");

  LocalDate birthdate(String raw, List<DateTimeFormatter> formats, LocalDate today) {
    String text = raw == null ? "" : raw.strip();
    if (text.isEmpty()) {
      reject(BIRTHDATE, Code.BIRTHDATE_REQUIRED, "Date de naissance manquante");
      return null;
    }
    for (DateTimeFormatter format : formats) {
      try {
        LocalDate date = LocalDate.parse(text, format);
        if (date.isBefore(EARLIEST_BIRTHDATE) || date.isAfter(today)) {
          reject(BIRTHDATE, Code.BIRTHDATE_INVALID, "Date de naissance invraisemblable : " + text);
          return null;
        }
        return date;
      } catch (DateTimeParseException notThisFormat) {
        // try the next accepted format
      }
    }
    // Well written but not a day of the calendar (31/02), or not written as a date at all.
    reject(BIRTHDATE, Code.BIRTHDATE_INVALID, DATE_SHAPE.matcher(text).matches()
        ? "Date de naissance inexistante : " + text + " (ce jour n'existe pas dans le calendrier)"
        : "Date de naissance invalide : " + text + " (format attendu : jj/mm/aaaa, par exemple 04/03/2012)");
    return null;
  }

  void reject(String field, Code code, String reason) {
    problems.add(new ImportProblem(line, candidate, field, code, reason));
  }

  boolean isValid() {
    return problems.isEmpty();
  }

  /**
   * Marks the valid record as yielding this enrolment (without profile: files give none), which has
   * every field of a line.
   */
  void accept(Enrolment draft) {
    requireText(draft.lastName(), "lastName");
    requireText(draft.firstName(), "firstName");
    Objects.requireNonNull(draft.birthdate(), "birthdate");
    requireText(draft.division(), "division");
    requireText(draft.externalId(), "externalId");
    if (draft.extraTimePercentage() < 0
        || draft.extraTimePercentage() > Enrolment.MAX_EXTRA_TIME_PERCENTAGE) {
      throw new IllegalArgumentException(
          "extraTimePercentage out of range: " + draft.extraTimePercentage());
    }
    this.draft = draft;
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is blank");
    }
  }

  /** Marks the valid record as left out on purpose. */
  void skip(Code code, String reason) {
    this.skip = new ImportProblem(line, candidate, "", code, reason);
  }

  int line() {
    return line;
  }

  /** The INE when it passed {@link Ine#check}, else null: only those take part in duplicates. */
  String wellFormedIne() {
    return wellFormedIne;
  }

  List<ImportProblem> problems() {
    return problems;
  }

  Enrolment draft() {
    return draft;
  }

  ImportProblem skipped() {
    return skip;
  }
}

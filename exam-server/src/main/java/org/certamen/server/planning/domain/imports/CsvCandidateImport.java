package org.certamen.server.planning.domain.imports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.certamen.server.planning.domain.Enrolment;
import org.certamen.server.planning.domain.imports.CsvRows.Row;
import org.certamen.server.planning.domain.imports.ImportProblem.Code;

/**
 * Reads a plain CSV of candidates, one per line after a header line.
 *
 * <ul>
 *   <li>Encoding: UTF-8, with or without a byte-order mark; a file that is not valid UTF-8 is read
 *       as Windows-1252 (what Excel writes on a French Windows).
 *   <li>Separator: ';' or ',', whichever the header line uses. Fields may be enclosed in double
 *       quotes, a quote inside being doubled.
 *   <li>Columns: see {@link Column}, in any order, headers matched ignoring case, accents, spaces,
 *       punctuation and text in parentheses ("Date de naissance (jj/mm/aaaa)*" is fine). A column
 *       the import does not know is refused rather than silently ignored, so that a misspelt
 *       "Temps majoré" cannot drop a candidate's extra time.
 *   <li>Lines whose cells are all empty are ignored; line numbers count the header as line 1.
 * </ul>
 */
public record CsvCandidateImport(Clock clock) {

  /** The columns of the file. */
  public enum Column {
    LAST_NAME("Nom", true, "Nom de famille"),
    FIRST_NAME("Prénom", true, "Premier prénom"),
    BIRTHDATE("Date de naissance", true),
    DIVISION("Classe", true, "Division"),
    EXTERNAL_ID("INE", true, "Identifiant national", "Identifiant unique"),
    /** Percentage from 0 to 100, "%" allowed; empty cell or missing column: 0. */
    EXTRA_TIME("Temps majoré", false),
    /** "oui" or "non" (also o/n, x, 1/0, vrai/faux); empty cell or missing column: non. */
    ACCESSIBILITY("Aménagements", false, "Aménagement");

    private final String header;
    private final boolean required;
    private final Set<String> keys;

    Column(String header, boolean required, String... aliases) {
      this.header = header;
      this.required = required;
      this.keys = Stream.concat(Stream.of(header), Arrays.stream(aliases))
          .map(CsvRows::headerKey)
          .collect(Collectors.toUnmodifiableSet());
    }

    /** The header text of the template. */
    public String header() {
      return header;
    }

    public boolean required() {
      return required;
    }
  }

  private static final List<DateTimeFormatter> CSV_DATES = List.of(
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
      DateTimeFormatter.ISO_LOCAL_DATE);
  private static final Set<String> YES = Set.of("oui", "o", "x", "1", "vrai");
  private static final Set<String> NO = Set.of("", "non", "n", "0", "faux");

  public CsvCandidateImport {
    Objects.requireNonNull(clock, "clock");
  }

  /** The header line of a template file: "Nom;Prénom;Date de naissance;Classe;INE;…". */
  public static String templateHeader() {
    return Arrays.stream(Column.values()).map(Column::header).collect(Collectors.joining(";"));
  }

  /** Reads an upload; never throws on bad content, which ends up in the report. */
  public ImportReport read(byte[] file) {
    try {
      String text = ImportFailure.csvText(file, "Ce fichier est enregistré en « Texte Unicode »"
          + " (UTF-16). Dans votre tableur, enregistrez-le au format CSV UTF-8 (« CSV UTF-8"
          + " (délimité par des virgules) » dans Excel) puis importez-le à nouveau.");
      if (ZipArchives.isZip(file) || text.stripLeading().startsWith("<")) {
        throw new ImportFailure(Code.FILE_INVALID,
            "Ce fichier n'est pas un CSV (XML ou ZIP ?) : un export SIECLE s'importe avec l'import SIECLE.");
      }
      char separator = CsvRows.detectSeparator(text).orElseThrow(() -> new ImportFailure(
          Code.SEPARATOR_NOT_FOUND,
          "La ligne d'en-tête doit séparer les colonnes par des points-virgules ou des virgules."));
      List<Row> rows = CsvRows.split(text, separator);
      if (rows.isEmpty()) {
        throw new ImportFailure(Code.FILE_EMPTY, "Le fichier est vide.");
      }
      List<Column> columns = readHeader(rows.get(0));
      LocalDate today = LocalDate.now(clock);
      ImportReportBuilder report = new ImportReportBuilder();
      for (Row row : rows.subList(1, rows.size())) {
        report.add(check(row, columns, today));
      }
      return report.build("Le fichier ne contient aucun candidat sous sa ligne d'en-tête.");
    } catch (ImportFailure failure) {
      return ImportReport.rejected(failure.problems());
    }
  }

  /** The column of each header cell (null for an empty trailing cell); fails on a bad header. */
  private static List<Column> readHeader(Row header) throws ImportFailure {
    List<Column> columns = new ArrayList<>();
    List<ImportProblem> problems = new ArrayList<>();
    for (String cell : header.fields()) {
      String name = CandidateRecord.normaliseText(cell);
      Optional<Column> column = Arrays.stream(Column.values())
          .filter(c -> c.keys.contains(CsvRows.headerKey(name)))
          .findFirst();
      if (name.isEmpty()) {
        columns.add(null);
      } else if (column.isEmpty()) {
        problems.add(headerProblem(Code.HEADER_UNKNOWN, "Colonne inconnue : « " + name + " »"));
      } else if (columns.contains(column.get())) {
        problems.add(headerProblem(Code.HEADER_DUPLICATE,
            "Colonne « " + column.get().header() + " » en double"));
      } else {
        columns.add(column.get());
      }
    }
    for (Column column : Column.values()) {
      if (column.required() && !columns.contains(column)) {
        problems.add(headerProblem(Code.HEADER_REQUIRED,
            "Colonne obligatoire manquante : « " + column.header() + " »"));
      }
    }
    if (!problems.isEmpty()) {
      throw new ImportFailure(problems);
    }
    return columns;
  }

  private static ImportProblem headerProblem(Code code, String reason) {
    return ImportProblem.ofFile(code, reason + " (colonnes attendues : " + templateHeader() + ")");
  }

  private static CandidateRecord check(Row row, List<Column> columns, LocalDate today) {
    if (row.fields().size() != columns.size()) {
      CandidateRecord record = new CandidateRecord(row.line(), "", "");
      if (row.unclosedQuote()) {
        record.reject("", Code.UNCLOSED_QUOTE,
            "Guillemet ouvrant sans guillemet fermant : la suite du fichier n'a pas pu être lue");
      } else {
        record.reject("", Code.WRONG_COLUMN_COUNT, "Nombre de colonnes incorrect : "
            + row.fields().size() + " au lieu de " + columns.size());
      }
      return record;
    }
    Map<Column, String> cells = new EnumMap<>(Column.class);
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i) != null) {
        cells.put(columns.get(i), row.fields().get(i));
      }
    }
    CandidateRecord record = new CandidateRecord(
        row.line(), cells.get(Column.LAST_NAME), cells.get(Column.FIRST_NAME));
    String lastName =
        record.name(CandidateRecord.LAST_NAME, cells.get(Column.LAST_NAME), "Nom manquant");
    String firstName =
        record.name(CandidateRecord.FIRST_NAME, cells.get(Column.FIRST_NAME), "Prénom manquant");
    LocalDate birthdate = record.birthdate(cells.get(Column.BIRTHDATE), CSV_DATES, today);
    String division = record.division(cells.get(Column.DIVISION));
    String ine = record.ine(cells.get(Column.EXTERNAL_ID));
    int extraTime = extraTime(record, cells.getOrDefault(Column.EXTRA_TIME, ""));
    boolean accessibility = accessibility(record, cells.getOrDefault(Column.ACCESSIBILITY, ""));
    if (record.isValid()) {
      record.accept(new Enrolment(
          lastName, firstName, birthdate, division, ine, extraTime, accessibility, null));
    }
    return record;
  }

  private static int extraTime(CandidateRecord record, String raw) {
    String text = raw.strip();
    String digits = text.endsWith("%") ? text.substring(0, text.length() - 1).strip() : text;
    if (digits.isEmpty()) {
      return 0;
    }
    if (digits.matches("\\d{1,3}") && Integer.parseInt(digits) <= Enrolment.MAX_EXTRA_TIME_PERCENTAGE) {
      return Integer.parseInt(digits);
    }
    record.reject(Column.EXTRA_TIME.header(), Code.EXTRA_TIME_INVALID, "Temps majoré invalide : " + text
        + " (attendu : un pourcentage entier de 0 à " + Enrolment.MAX_EXTRA_TIME_PERCENTAGE
        + ", par exemple 33)");
    return 0;
  }

  private static boolean accessibility(CandidateRecord record, String raw) {
    String answer = CsvRows.headerKey(raw);
    if (YES.contains(answer)) {
      return true;
    }
    if (!NO.contains(answer)) {
      record.reject(Column.ACCESSIBILITY.header(), Code.ACCESSIBILITY_INVALID,
          "Valeur de la colonne Aménagements invalide : " + raw.strip() + " (attendu : oui ou non)");
    }
    return false;
  }
}

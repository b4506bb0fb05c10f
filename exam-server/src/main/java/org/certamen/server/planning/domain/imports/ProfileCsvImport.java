package org.certamen.server.planning.domain.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.certamen.server.planning.domain.imports.CsvRows.Row;
import org.certamen.server.planning.domain.imports.ImportProblem.Code;

/**
 * Reads a profile file: a CSV {@code INE;Compétence;Pix}, one line per pupil and competence
 * (competence codes 1.1 to 5.2, pix 0 to 64), in UTF-8 or Windows-1252, separated by ';' or ','.
 * Columns may come in any order, headers matched as in the candidates' CSV. A line is refused for a
 * bad INE, an unknown competence, pix out of range, or a competence given twice for one pupil
 * (both lines); a pupil with a refused line gets no profile from the file, since a partial
 * profile could tell the wrong certifiability.
 *
 * @param competences whether a code names a competence of the framework
 */
public record ProfileCsvImport(Predicate<String> competences) {
  /** Most pix points a competence holds. */
  public static final int MAX_PIX = 64;
  /** The header of the file, as the README and the page show it. */
  public static final String HEADER = "INE;Compétence;Pix";

  private static final List<String> COLUMNS = List.of("ine", "competence", "pix");

  /** What a profile file gives. */
  public record ProfileFile(Map<String, Map<String, Integer>> pixByIne,
      Map<String, Integer> firstLineByIne, List<ImportProblem> problems) {

    /** Whether the file itself was refused. */
    public boolean isFileRejected() {
      return problems.stream().anyMatch(ImportProblem::concernsWholeFile);
    }

    /** Number of lines refused. */
    public int rejectedCount() {
      return (int) problems.stream().filter(p -> !p.concernsWholeFile())
          .mapToInt(ImportProblem::line).distinct().count();
    }
  }

  /** Reads an upload; never throws on bad content, which ends up in the problems. */
  public ProfileFile read(byte[] file) {
    try {
      String text = ImportFailure.csvText(file, "Ce fichier est enregistré en « Texte Unicode »"
          + " (UTF-16) : enregistrez-le au format CSV UTF-8 puis importez-le à nouveau.");
      char separator = CsvRows.detectSeparator(text).orElseThrow(() -> new ImportFailure(
          Code.SEPARATOR_NOT_FOUND, "La ligne d'en-tête doit être « " + HEADER + " »."));
      List<Row> rows = CsvRows.split(text, separator);
      if (rows.isEmpty()) {
        throw new ImportFailure(Code.FILE_EMPTY, "Le fichier est vide.");
      }
      int[] positions = header(rows.get(0));
      return lines(rows.subList(1, rows.size()), positions);
    } catch (ImportFailure failure) {
      return new ProfileFile(Map.of(), Map.of(), failure.problems());
    }
  }

  /** Where each of INE, Compétence and Pix stands in the header. */
  private static int[] header(Row header) throws ImportFailure {
    List<String> keys = header.fields().stream().map(CsvRows::headerKey).toList();
    int[] positions = new int[COLUMNS.size()];
    for (int i = 0; i < COLUMNS.size(); i++) {
      positions[i] = keys.indexOf(COLUMNS.get(i));
    }
    if (keys.size() != COLUMNS.size() || keys.stream().distinct().count() != COLUMNS.size()
        || Arrays.stream(positions).anyMatch(p -> p < 0)) {
      throw new ImportFailure(Code.HEADER_REQUIRED,
          "La ligne d'en-tête doit être « " + HEADER + " » (trois colonnes).");
    }
    return positions;
  }

  private ProfileFile lines(List<Row> rows, int[] at) throws ImportFailure {
    Map<String, Map<String, Integer>> pixByIne = new LinkedHashMap<>();
    Map<String, Integer> firstLine = new LinkedHashMap<>();
    Map<String, Integer> lineOfCompetence = new LinkedHashMap<>();
    List<ImportProblem> problems = new ArrayList<>();
    List<String> refusedInes = new ArrayList<>();
    for (Row row : rows) {
      if (row.fields().size() != COLUMNS.size()) {
        problems.add(problem(row.line(), "", Code.WRONG_COLUMN_COUNT, "Nombre de colonnes"
            + " incorrect : " + row.fields().size() + " au lieu de " + COLUMNS.size()));
        continue;
      }
      String ine = Ine.normalise(row.fields().get(at[0]));
      String competence = row.fields().get(at[1]).strip();
      Optional<ImportProblem> refused = check(row.line(), ine, competence, row.fields().get(at[2]));
      if (refused.isPresent()) {
        problems.add(refused.get());
        refusedInes.add(ine);
        continue;
      }
      Integer earlier = lineOfCompetence.putIfAbsent(ine + '\0' + competence, row.line());
      if (earlier != null) {
        problems.add(problem(row.line(), ine, Code.COMPETENCE_DUPLICATE, "Compétence "
            + competence + " déjà donnée pour cet élève à la ligne " + earlier));
        refusedInes.add(ine);
        continue;
      }
      firstLine.putIfAbsent(ine, row.line());
      pixByIne.computeIfAbsent(ine, key -> new LinkedHashMap<>())
          .put(competence, Integer.parseInt(row.fields().get(at[2]).strip()));
    }
    refusedInes.forEach(pixByIne::remove);
    refusedInes.forEach(firstLine::remove);
    if (pixByIne.isEmpty() && problems.isEmpty()) {
      throw new ImportFailure(Code.NO_CANDIDATE,
          "Le fichier ne contient aucun profil sous sa ligne d'en-tête.");
    }
    return new ProfileFile(pixByIne, firstLine, problems);
  }

  private Optional<ImportProblem> check(int line, String ine, String competence, String rawPix) {
    if (Ine.check(ine) != Ine.Verdict.VALID) {
      return Optional.of(problem(line, ine, Code.INE_MALFORMED, ine.isEmpty() ? "INE manquant"
          : "INE invalide : " + ine + " (attendu : 11 caractères, par exemple 123456789AB)"));
    }
    if (!competences.test(competence)) {
      return Optional.of(problem(line, ine, Code.COMPETENCE_UNKNOWN, "Compétence inconnue : « "
          + competence + " » (attendu : un code de 1.1 à 5.2)"));
    }
    String pix = rawPix.strip();
    if (!pix.matches("\\d{1,2}") || Integer.parseInt(pix) > MAX_PIX) {
      return Optional.of(problem(line, ine, Code.PIX_INVALID, "Pix invalides : « " + pix
          + " » (attendu : un nombre entier de 0 à " + MAX_PIX + ")"));
    }
    return Optional.empty();
  }

  private static ImportProblem problem(int line, String ine, Code code, String reason) {
    return new ImportProblem(line, ine, "", code, reason);
  }
}

package org.certamen.server.centre.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.certamen.server.planning.domain.imports.CsvRows;
import org.certamen.server.planning.domain.imports.Uai;
import org.certamen.server.shared.DomainException;
import org.certamen.server.shared.EmailAddresses;

/**
 * Reads the directory of schools: CSV, {@code ;} or {@code ,}, UTF-8 or Windows-1252, columns
 * {@code UAI;Nom;Courriel officiel;Type} in that order, the header line optional (a first line
 * whose first field is not a UAI is taken for one). Each bad line is reported with its number,
 * the field and a French reason; the others are kept.
 */
public final class DirectoryFile {
  private static final int COLUMNS = 4;

  /** A refused line: its number in the file, the column and why, in French. */
  public record Problem(int line, String field, String detail) {
  }

  /** The entries read and the lines refused. */
  public record Reading(List<DirectoryEntry> entries, List<Problem> problems) {
  }

  private DirectoryFile() {
  }

  public static Reading read(byte[] file) {
    String text = CsvRows.decode(file);
    List<DirectoryEntry> entries = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    char separator = CsvRows.detectSeparator(text).orElse(';');
    List<CsvRows.Row> rows = CsvRows.split(text, separator);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      CsvRows.Row row = rows.get(i);
      if (i == 0 && !Uai.isValid(Uai.normalise(field(row, 0)))
          && field(row, 0).toLowerCase(Locale.ROOT).contains("uai")) {
        continue;
      }
      Problem problem = check(row);
      if (problem != null) {
        problems.add(problem);
        continue;
      }
      DirectoryEntry entry = entry(row);
      if (!seen.add(entry.uai())) {
        problems.add(new Problem(row.line(), "UAI",
            "L'UAI " + entry.uai() + " figure déjà plus haut dans le fichier."));
        continue;
      }
      entries.add(entry);
    }
    return new Reading(entries, problems);
  }

  private static Problem check(CsvRows.Row row) {
    if (row.fields().size() != COLUMNS) {
      return new Problem(row.line(), "ligne", "La ligne a " + row.fields().size()
          + " colonnes au lieu de 4 (UAI;Nom;Courriel officiel;Type).");
    }
    String uai = Uai.normalise(field(row, 0));
    if (!Uai.isValid(uai)) {
      return new Problem(row.line(), "UAI", "« " + field(row, 0) + " » n'est pas un UAI :"
          + " 7 chiffres et leur lettre clé, comme 0180777X.");
    }
    if (field(row, 1).isBlank()) {
      return new Problem(row.line(), "Nom", "Le nom de l'établissement manque.");
    }
    try {
      EmailAddresses.normalise(field(row, 2));
    } catch (DomainException notAnAddress) {
      return new Problem(row.line(), "Courriel officiel", "« " + field(row, 2)
          + " » n'est pas une adresse électronique.");
    }
    if (type(field(row, 3)) == null) {
      return new Problem(row.line(), "Type", "Le type « " + field(row, 3)
          + " » est inconnu : school (établissement scolaire) ou other (autre centre).");
    }
    return null;
  }

  private static DirectoryEntry entry(CsvRows.Row row) {
    return new DirectoryEntry(Uai.normalise(field(row, 0)), field(row, 1),
        EmailAddresses.normalise(field(row, 2)), type(field(row, 3)));
  }

  /** {@code school} (also when empty) or {@code other}; null for anything else. */
  private static String type(String raw) {
    String type = raw.toLowerCase(Locale.ROOT);
    if (type.isEmpty() || type.equals(DirectoryEntry.SCHOOL)) {
      return DirectoryEntry.SCHOOL;
    }
    return type.equals(DirectoryEntry.OTHER) ? DirectoryEntry.OTHER : null;
  }

  private static String field(CsvRows.Row row, int index) {
    return index < row.fields().size() ? row.fields().get(index).strip() : "";
  }
}

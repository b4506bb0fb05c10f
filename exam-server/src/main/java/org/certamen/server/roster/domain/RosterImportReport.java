package org.certamen.server.roster.domain;

import java.util.List;
import org.certamen.server.planning.domain.imports.ImportReport;

/**
 * What an import of a school's pupil list does (a preview) or did (once applied).
 *
 * @param file the file's own report: pupils read, lines refused with reasons, pupils left out
 * @param added pupils new to the roster
 * @param updated known pupils whose class, names or INE changed, or who came back
 * @param reactivated pupils who came back after being deactivated (also in {@code updated})
 * @param deactivated active pupils a SIECLE export no longer lists (« anciens élèves »)
 * @param unchanged known pupils the file lists as they are
 * @param applied whether the roster changed (false for a preview or a refused file)
 */
public record RosterImportReport(ImportReport file, List<Pupil> added, List<Pupil> updated,
    List<Pupil> reactivated, List<Pupil> deactivated, int unchanged, boolean applied) {

  /** Pupils the file listed and the roster holds once applied. */
  public int imported() {
    return added.size() + updated.size() + unchanged;
  }
}

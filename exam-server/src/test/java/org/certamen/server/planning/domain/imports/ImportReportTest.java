package org.certamen.server.planning.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.certamen.server.planning.domain.Enrolment;
import org.certamen.server.planning.domain.imports.ImportProblem.Code;
import org.certamen.server.planning.domain.imports.ImportReport.Mode;
import org.junit.jupiter.api.Test;

class ImportReportTest {

  private final Enrolment lea =
      new Enrolment("DUPOND", "Léa", LocalDate.of(2011, 5, 4), "3A", "123456789AB", 0, false, null);
  private final ImportProblem badIne =
      new ImportProblem(4, "MARTIN Paul", "INE", Code.INE_MALFORMED, "INE mal formé : 12345");

  @Test
  void enrolsEveryoneFromACleanFileInEitherMode() {
    ImportReport report = new ImportReport(List.of(lea), List.of(), List.of());

    assertThat(report.isClean()).isTrue();
    assertThat(report.candidatesToEnrol(Mode.ALL_OR_NOTHING)).containsExactly(lea);
    assertThat(report.candidatesToEnrol(Mode.VALID_LINES)).containsExactly(lea);
  }

  @Test
  void enrolsValidLinesOnlyOnExplicitRequest() {
    ImportReport report = new ImportReport(List.of(lea), List.of(badIne), List.of());

    assertThat(report.isClean()).isFalse();
    assertThat(report.isFileRejected()).isFalse();
    assertThat(report.candidatesToEnrol(Mode.ALL_OR_NOTHING)).isEmpty();
    assertThat(report.candidatesToEnrol(Mode.VALID_LINES)).containsExactly(lea);
  }

  @Test
  void countsRejectedLinesNotProblems() {
    ImportProblem badDate = new ImportProblem(
        4, "MARTIN Paul", "Date de naissance", Code.BIRTHDATE_INVALID, "Date de naissance inexistante : 31/02/2010 (ce jour n'existe pas dans le calendrier)");
    ImportReport report = new ImportReport(List.of(lea), List.of(badIne, badDate), List.of());

    assertThat(report.rejectedCount()).isEqualTo(1);
  }

  @Test
  void describesAProblemForTheSecretary() {
    assertThat(badIne.describe()).isEqualTo("Ligne 4 (MARTIN Paul) : INE mal formé : 12345");
    assertThat(ImportProblem.ofFile(Code.FILE_EMPTY, "Le fichier est vide.").describe())
        .isEqualTo("Le fichier est vide.");
  }

  @Test
  void refusesADraftWithExtraTimeBeyondDoubleTime() {
    CandidateRecord line = new CandidateRecord(2, "DUPOND", "Léa");
    assertThatThrownBy(() -> line.accept(
            new Enrolment("DUPOND", "Léa", LocalDate.of(2011, 5, 4), "3A", "123456789AB", 101, false, null)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

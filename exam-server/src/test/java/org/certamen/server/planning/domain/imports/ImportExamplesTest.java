package org.certamen.server.planning.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.certamen.server.planning.domain.Enrolment;
import org.certamen.server.planning.domain.imports.ImportProblem.Code;
import org.junit.jupiter.api.Test;

/** Keeps the example files used by the invigilator UI's tests what their README says they are. */
class ImportExamplesTest {

  @Test
  void siecleExampleIsCleanWithTwentyPupilsInTwoClasses() {
    ImportReport report = new SieclePupilImport(ImportSamples.TODAY)
        .read(ImportSamples.bytes("examples/ElevesSansAdresses.xml"));

    assertThat(report.isClean()).isTrue();
    assertThat(report.candidates()).hasSize(20);
    assertThat(report.candidates()).filteredOn(c -> c.division().equals("3A")).hasSize(10);
    assertThat(report.candidates()).filteredOn(c -> c.division().equals("3B")).hasSize(10);
    assertThat(report.candidates()).extracting(Enrolment::lastName).contains("CŒURDEROY", "SŒUR-MAŸER");
    assertThat(report.skipped()).extracting(ImportProblem::code)
        .containsExactly(Code.PUPIL_LEFT, Code.PUPIL_WITHOUT_INE);
  }

  @Test
  void csvExampleHasThreeErrorsAmongNineLines() {
    ImportReport report = new CsvCandidateImport(ImportSamples.TODAY)
        .read(ImportSamples.bytes("examples/candidats-avec-erreurs.csv"));

    assertThat(report.problems()).extracting(ImportProblem::line, ImportProblem::code).containsExactly(
        tuple(5, Code.INE_MALFORMED), tuple(6, Code.BIRTHDATE_INVALID), tuple(9, Code.NAME_REQUIRED));
    assertThat(report.candidates()).hasSize(6);
  }
}

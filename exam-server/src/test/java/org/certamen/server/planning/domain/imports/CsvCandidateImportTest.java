package org.certamen.server.planning.domain.imports;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.certamen.server.planning.domain.Enrolment;
import org.certamen.server.planning.domain.imports.ImportProblem.Code;
import org.junit.jupiter.api.Test;

class CsvCandidateImportTest {

  private static final String HEADER = "Nom;Prénom;Date de naissance;Classe;INE;Temps majoré;Aménagements\n";

  private final CsvCandidateImport csv = new CsvCandidateImport(ImportSamples.TODAY);

  @Test
  void readsWindows1252WithCommas() {
    byte[] file = ImportSamples.bytes("csv/candidats-windows-1252-virgule.csv");
    assertThat(file).as("Œ is 0x8C in Windows-1252").contains((byte) 0x8C);

    ImportReport report = csv.read(file);

    assertThat(report.problems()).isEmpty();
    assertThat(report.candidates()).containsExactly(
        new Enrolment("CŒURDEROY", "Maëlys", LocalDate.of(2011, 6, 5), "3C", "000000701BC", 33, true, null),
        new Enrolment("DUPONT, dit LEBLANC", "François", LocalDate.of(2011, 1, 30), "3C", "000000702CD", 0, false, null),
        new Enrolment("Bœuf", "Cécile", LocalDate.of(2011, 2, 1), "3D", "000000703DE", 0, false, null));
  }

  @Test
  void readsUtf8WithSemicolonsAndQuotedSeparatorsAndQuotes() {
    ImportReport report = csv.read(ImportSamples.bytes("csv/candidats-utf8-point-virgule.csv"));

    assertThat(report.problems()).isEmpty();
    assertThat(report.candidates()).containsExactly(
        new Enrolment("MARTIN; épouse DURAND", "Anne-Sophie", LocalDate.of(2010, 3, 12), "2NDE 4", "000000801AA", 50, true, null),
        new Enrolment("O'BRIEN", "Sean \"Jack\"", LocalDate.of(2010, 7, 14), "2NDE 4", "000000802AB", 0, false, null));
  }

  @Test
  void readsUtf8WithoutByteOrderMarkAndComposesDecomposedAccents() {
    String file = HEADER + "Dupond;Chloe\u0301;04/05/2011;3A;123 456 789ab;;\n";

    assertThat(csv.read(file.getBytes(UTF_8)).candidates()).containsExactly(
        new Enrolment("Dupond", "Chloé", LocalDate.of(2011, 5, 4), "3A", "123456789AB", 0, false, null));
  }

  @Test
  void rejectsASecondPupilWhoseIdentityCollidesWithAnEarlierLine() {
    String file = HEADER + "Lee;Léo;04/05/2011;3A;123456789AB;;\n"
        + "LÉE;Leo;04/05/2011;3B;123456788AB;;\n"
        + "Lee;Léo;05/05/2011;3B;123456787AB;;\n";
    ImportReport report = csv.read(file.getBytes(UTF_8));

    assertThat(report.candidates()).extracting(Enrolment::lastName).containsExactly("Lee", "Lee");
    assertThat(report.problems()).extracting(ImportProblem::line, ImportProblem::code)
        .containsExactly(tuple(3, Code.IDENTITY_COLLISION));
    assertThat(report.problems().get(0).describe()).contains("à la ligne 2", "second prénom");
  }

  @Test
  void reportsEachErrorWithItsLine() {
    ImportReport report = csv.read(ImportSamples.bytes("csv/candidats-plusieurs-erreurs.csv"));

    assertThat(report.problems())
        .extracting(ImportProblem::line, ImportProblem::field, ImportProblem::code)
        .containsExactly(
            tuple(2, "INE", Code.INE_DUPLICATE),
            tuple(3, "Nom", Code.NAME_REQUIRED),
            tuple(4, "Date de naissance", Code.BIRTHDATE_INVALID),
            tuple(7, "INE", Code.INE_MALFORMED),
            tuple(8, "Temps majoré", Code.EXTRA_TIME_INVALID),
            tuple(8, "Aménagements", Code.ACCESSIBILITY_INVALID),
            tuple(9, "INE", Code.INE_DUPLICATE),
            tuple(10, "", Code.WRONG_COLUMN_COUNT),
            tuple(11, "INE", Code.INE_REQUIRED),
            tuple(12, "INE", Code.INE_KEY_INVALID));
    assertThat(report.problems()).extracting(ImportProblem::describe).contains(
        "Ligne 4 (CŒURDEROY Élodie Marie) : Date de naissance inexistante : 31/02/2011 (ce jour n'existe pas dans le calendrier)",
        "Ligne 7 (DIALLO Aminata) : INE mal formé : 12345 (attendu : 11 caractères, par exemple 123456789AB)",
        "Ligne 9 (FONTAINE Manon) : INE présent plusieurs fois dans le fichier : 000000821AB (lignes 2, 9)",
        "Ligne 10 : Nombre de colonnes incorrect : 4 au lieu de 7",
        "Ligne 11 (HAMDI Yasmine) : INE manquant");
    assertThat(report.rejectedCount()).isEqualTo(9);
    assertThat(report.candidates()).isEmpty();
    assertThat(report.isFileRejected()).isFalse();
  }

  @Test
  void refusesAnEmptyFile() {
    assertThat(csv.read(new byte[0]).problems()).extracting(ImportProblem::code, ImportProblem::reason)
        .containsExactly(tuple(Code.FILE_EMPTY, "Le fichier est vide."));
    assertThat(csv.read("\uFEFF\r\n\r\n".getBytes(UTF_8)).problems()).extracting(ImportProblem::code)
        .containsExactly(Code.FILE_EMPTY);
  }

  @Test
  void refusesAHeaderWithoutCandidates() {
    assertThat(csv.read(HEADER.getBytes(UTF_8)).problems()).extracting(ImportProblem::code)
        .containsExactly(Code.NO_CANDIDATE);
  }

  @Test
  void refusesAHeaderMissingARequiredColumn() {
    ImportReport report = csv.read("Nom;Prénom;Classe;INE\nDUPOND;Léa;3A;123456789AB\n".getBytes(UTF_8));

    assertThat(report.isFileRejected()).isTrue();
    assertThat(report.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(Code.HEADER_REQUIRED);
      assertThat(p.reason()).startsWith("Colonne obligatoire manquante : « Date de naissance »");
    });
  }

  @Test
  void refusesUnknownAndDuplicateColumnsRatherThanIgnoringThem() {
    ImportReport report = csv.read(
        "Nom;Prénom;Date de naissance;Classe;INE;Tiers temps;Nom\n".getBytes(UTF_8));

    assertThat(report.problems()).extracting(ImportProblem::code)
        .containsExactly(Code.HEADER_UNKNOWN, Code.HEADER_DUPLICATE);
    assertThat(report.problems().get(0).reason()).startsWith("Colonne inconnue : « Tiers temps »");
  }

  @Test
  void matchesHeadersIgnoringCaseAccentsSpacesAndNotes() {
    String file = " NOM ,prenom, DATE_DE_NAISSANCE (jj/mm/aaaa)* ,division,ine,temps  majore (%),amenagement,\n"
        + "DUPOND,Léa,04/05/2011,3A,123456789AB,33%,X,\n";

    assertThat(csv.read(file.getBytes(UTF_8)).candidates()).containsExactly(
        new Enrolment("DUPOND", "Léa", LocalDate.of(2011, 5, 4), "3A", "123456789AB", 33, true, null));
  }

  @Test
  void defaultsExtraTimeAndAccessibilityWhenTheirColumnsAreAbsent() {
    String file = "INE;Classe;Nom;Prénom;Date de naissance\n123456789AB;3A;DUPOND;Léa;2011-05-04\n";

    assertThat(csv.read(file.getBytes(UTF_8)).candidates()).containsExactly(
        new Enrolment("DUPOND", "Léa", LocalDate.of(2011, 5, 4), "3A", "123456789AB", 0, false, null));
  }

  @Test
  void rejectsBirthdatesInTheFutureOrBefore1900() {
    String file = HEADER + "A;Un;29/11/2026;3A;123456789AB;;\nB;Deux;31/12/1899;3A;123456789AC;;\n"
        + "C;Trois;28/11/2026;3A;123456789AD;;\n";

    ImportReport report = csv.read(file.getBytes(UTF_8));

    assertThat(report.problems()).extracting(ImportProblem::line, ImportProblem::reason).containsExactly(
        tuple(2, "Date de naissance invraisemblable : 29/11/2026"),
        tuple(3, "Date de naissance invraisemblable : 31/12/1899"));
    assertThat(report.candidates()).hasSize(1);
  }

  @Test
  void rejectsExtraTimeBeyondDoubleTime() {
    String file = HEADER + "A;Un;01/01/2011;3A;123456789AB;101;\nB;Deux;01/01/2011;3A;123456789AC;100 %;\n";

    ImportReport report = csv.read(file.getBytes(UTF_8));

    assertThat(report.problems()).extracting(ImportProblem::line, ImportProblem::code)
        .containsExactly(tuple(2, Code.EXTRA_TIME_INVALID));
    assertThat(report.candidates()).extracting(Enrolment::extraTimePercentage).containsExactly(100);
  }

  @Test
  void reportsAQuoteThatIsNeverClosed() {
    String file = HEADER + "A;Un;01/01/2011;3A;123456789AB;;\n\"B;Deux;01/01/2011;3A;123456789AC;;\n";

    ImportReport report = csv.read(file.getBytes(UTF_8));

    assertThat(report.problems()).extracting(ImportProblem::line, ImportProblem::code)
        .containsExactly(tuple(3, Code.UNCLOSED_QUOTE));
    assertThat(report.candidates()).hasSize(1);
  }

  @Test
  void refusesAFileWithoutSeparator() {
    assertThat(csv.read("Nom Prénom\nDUPOND Léa\n".getBytes(UTF_8)).problems())
        .extracting(ImportProblem::code).containsExactly(Code.SEPARATOR_NOT_FOUND);
  }

  @Test
  void pointsASiecleExportToTheSiecleImport() {
    ImportReport report = csv.read(ImportSamples.bytes("siecle/ElevesSansAdresses-iso-8859-15.xml"));

    assertThat(report.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(Code.FILE_INVALID);
      assertThat(p.reason()).contains("import SIECLE");
    });
  }

  @Test
  void describesTheTemplateHeader() {
    assertThat(CsvCandidateImport.templateHeader())
        .isEqualTo("Nom;Prénom;Date de naissance;Classe;INE;Temps majoré;Aménagements");
  }
}

package org.certamen.server.planning.domain.imports;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.certamen.server.planning.domain.Enrolment;
import org.certamen.server.planning.domain.imports.ImportProblem.Code;
import org.junit.jupiter.api.Test;

class SieclePupilImportTest {

  private final SieclePupilImport siecle = new SieclePupilImport(ImportSamples.TODAY);

  private static final Enrolment MAELYS = new Enrolment(
      "CŒURDEROY", "Maëlys", LocalDate.of(2011, 6, 5), "3C", "000000701BC", 0, false, null);
  private static final Enrolment CHLOE = new Enrolment(
      "DUBŒUF", "Chloé", LocalDate.of(2011, 2, 17), "3 D", "000000702CD", 0, false, null);
  private static final Enrolment HUGO = new Enrolment(
      "MARCHAND", "Hugo", LocalDate.of(2010, 10, 30), "3C", "0211234567R", 0, false, null);

  @Test
  void readsIso885915ExportWithOeLigatures() {
    byte[] file = ImportSamples.bytes("siecle/ElevesSansAdresses-iso-8859-15.xml");
    assertThat(file).as("Œ is 0xBC in ISO-8859-15 only").contains((byte) 0xBC);

    ImportReport report = siecle.read(file);

    assertThat(report.problems()).isEmpty();
    assertThat(report.candidates()).containsExactly(MAELYS, CHLOE, HUGO);
  }

  @Test
  void skipsPupilsWhoLeftHaveNoIneOrHaveNoClassAndSaysWhy() {
    ImportReport report = siecle.read(ImportSamples.bytes("siecle/ElevesSansAdresses-iso-8859-15.xml"));

    assertThat(report.skipped())
        .extracting(ImportProblem::candidate, ImportProblem::code)
        .containsExactly(
            tuple("NGUYEN Lina", Code.PUPIL_LEFT),
            tuple("ROUSSEL Noé", Code.PUPIL_WITHOUT_INE),
            tuple("FAURE Jade", Code.PUPIL_WITHOUT_CLASS),
            tuple("GIRARD Tom", Code.PUPIL_WITHOUT_CLASS));
    assertThat(report.skipped().get(0).reason()).contains("20/09/2026");
    assertThat(report.isClean()).isTrue();
  }

  @Test
  void readsTheZippedExportIgnoringMacResourceForks() {
    ImportReport report = siecle.read(ImportSamples.bytes("siecle/ExportXML_ElevesSansAdresses.zip"));

    assertThat(report.problems()).isEmpty();
    assertThat(report.candidates()).containsExactly(MAELYS, CHLOE, HUGO);
  }

  @Test
  void readsUtf8ExportWithByteOrderMark() {
    ImportReport report = siecle.read(ImportSamples.bytes("siecle/ElevesSansAdresses-utf8-bom.xml"));

    assertThat(report.problems()).isEmpty();
    assertThat(report.candidates()).containsExactly(MAELYS, CHLOE, HUGO);
  }

  @Test
  void readsUtf8WithoutDeclaration() {
    String xml = "<BEE_ELEVES><DONNEES><ELEVES>\n"
        + pupil("1", "000000701BC", "CŒURDEROY", "Maëlys", "05/06/2011") + "\n"
        + "</ELEVES><STRUCTURES>" + inClass("1", "3C") + "</STRUCTURES></DONNEES></BEE_ELEVES>";

    assertThat(siecle.read(xml.getBytes(UTF_8)).candidates()).containsExactly(MAELYS);
  }

  @Test
  void takesTheExportOfTheSchoolWhoseUaiItCarries() {
    byte[] file = ImportSamples.bytes("siecle/ElevesSansAdresses-iso-8859-15.xml");

    assertThat(siecle.read(file, "0219999E").candidates()).containsExactly(MAELYS, CHLOE, HUGO);
  }

  @Test
  void refusesTheExportOfAnotherSchoolOrOfNoKnownSchool() {
    ImportReport other = siecle.read(
        ImportSamples.bytes("siecle/ElevesSansAdresses-iso-8859-15.xml"), "0180777X");
    ImportReport anonymous = siecle.read(export(pupil("1", "1234567890A", "MARTIN", "Léa",
        "01/02/2011"), inClass("1", "3A")), "0180777X");

    assertThat(other.isFileRejected()).isTrue();
    assertThat(other.candidates()).isEmpty();
    assertThat(other.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(Code.UAI_MISMATCHED);
      assertThat(p.reason()).contains("(0219999E)", "(0180777X)");
    });
    assertThat(anonymous.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(Code.UAI_MISMATCHED);
      assertThat(p.reason()).contains("PARAMETRES/UAJ");
    });
  }

  @Test
  void refusesSiblingExportsByRootElement() {
    ImportReport responsables = siecle.read(
        "<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><BEE_RESPONSABLES/>".getBytes(UTF_8));
    ImportReport timetable = siecle.read("<STS_EDT/>".getBytes(UTF_8));

    assertThat(responsables.isFileRejected()).isTrue();
    assertThat(responsables.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(Code.WRONG_SIECLE_EXPORT);
      assertThat(p.reason()).contains("« Responsables »", "« Élèves sans adresses »");
    });
    assertThat(timetable.problems()).singleElement().satisfies(p ->
        assertThat(p.reason()).contains("STS-Web"));
  }

  @Test
  void refusesAnUnknownRootElement() {
    ImportReport report = siecle.read("<classeur/>".getBytes(UTF_8));

    assertThat(report.problems()).extracting(ImportProblem::code, ImportProblem::reason)
        .containsExactly(tuple(Code.WRONG_SIECLE_EXPORT,
            "Ce fichier n'est pas un export SIECLE « Élèves sans adresses » "
                + "(son élément racine est <classeur>, <BEE_ELEVES> attendu)."));
  }

  @Test
  void keepsTheLastDivisionIgnoringGroupsAndInactifs() {
    ImportReport report = siecle.read(export(
        pupil("1", "000000701BC", "A", "Un", "01/01/2011")
            + "\n" + pupil("2", "000000702CD", "B", "Deux", "01/01/2011"),
        "<STRUCTURES_ELEVE ELEVE_ID=\"1\">" + structure("3A", "D") + structure("3 LV2", "G")
            + structure("3B", "D") + "</STRUCTURES_ELEVE>"
            + "<STRUCTURES_ELEVE ELEVE_ID=\"2\">" + structure("3A", "D") + structure("Inactifs", "D")
            + "</STRUCTURES_ELEVE>"));

    assertThat(report.candidates()).extracting(Enrolment::division).containsExactly("3B", "3A");
  }

  @Test
  void reportsAnEmptyIdNationalAsMissingIneOnThePupilsLine() {
    ImportReport report = siecle.read(export(
        pupil("1", "000000701BC", "A", "Un", "01/01/2011") + "\n" + pupil("2", "", "MARTIN", "Paul", "01/01/2011"),
        inClass("1", "3A") + inClass("2", "3A")));

    assertThat(report.problems())
        .extracting(ImportProblem::line, ImportProblem::candidate, ImportProblem::field,
            ImportProblem::code, ImportProblem::reason)
        .containsExactly(tuple(5, "MARTIN Paul", "INE", Code.INE_REQUIRED, "INE manquant"));
    assertThat(report.candidates()).hasSize(1);
  }

  @Test
  void reportsMalformedInesAndWrongBeaKeys() {
    ImportReport report = siecle.read(export(
        pupil("1", "12345", "A", "Un", "01/01/2011") + "\n" + pupil("2", "0211234567S", "B", "Deux", "01/01/2011"),
        inClass("1", "3A") + inClass("2", "3A")));

    assertThat(report.problems())
        .extracting(ImportProblem::line, ImportProblem::code)
        .containsExactly(tuple(4, Code.INE_MALFORMED), tuple(5, Code.INE_KEY_INVALID));
    assertThat(report.problems().get(0).reason()).startsWith("INE mal formé : 12345");
  }

  @Test
  void rejectsEveryPupilSharingAnIneEvenOneWithoutClass() {
    ImportReport report = siecle.read(export(
        pupil("1", "000000701BC", "A", "Un", "01/01/2011") + "\n"
            + pupil("2", "000000702CD", "B", "Deux", "01/01/2011") + "\n"
            + pupil("3", "000000701bc", "C", "Trois", "01/01/2011"),
        inClass("1", "3A") + inClass("2", "3A")));

    assertThat(report.problems())
        .extracting(ImportProblem::line, ImportProblem::code)
        .containsExactly(tuple(4, Code.INE_DUPLICATE), tuple(6, Code.INE_DUPLICATE));
    assertThat(report.problems().get(0).reason())
        .isEqualTo("INE présent plusieurs fois dans le fichier : 000000701BC (lignes 4, 6)");
    assertThat(report.candidates()).extracting(Enrolment::lastName).containsExactly("B");
  }

  @Test
  void reportsBirthdatesThatAreMissingInvalidOrNotInTheSiecleFormat() {
    ImportReport report = siecle.read(export(
        pupil("1", "000000701BC", "A", "Un", "31/02/2010") + "\n"
            + pupil("2", "000000702CD", "B", "Deux", "2010-02-01") + "\n"
            + pupil("3", "000000703DE", "C", "Trois", ""),
        inClass("1", "3A") + inClass("2", "3A") + inClass("3", "3A")));

    assertThat(report.problems())
        .extracting(ImportProblem::line, ImportProblem::code, ImportProblem::reason)
        .containsExactly(
            tuple(4, Code.BIRTHDATE_INVALID, "Date de naissance inexistante : 31/02/2010 (ce jour n'existe pas dans le calendrier)"),
            tuple(5, Code.BIRTHDATE_INVALID, "Date de naissance invalide : 2010-02-01 (format attendu : jj/mm/aaaa, par exemple 04/03/2012)"),
            tuple(6, Code.BIRTHDATE_REQUIRED, "Date de naissance manquante"));
  }

  @Test
  void reportsMissingNames() {
    ImportReport report = siecle.read(export(
        pupil("1", "000000701BC", " ", "Un", "01/01/2011") + "\n" + pupil("2", "000000702CD", "B", "", "01/01/2011"),
        inClass("1", "3A") + inClass("2", "3A")));

    assertThat(report.problems())
        .extracting(ImportProblem::line, ImportProblem::field, ImportProblem::code)
        .containsExactly(tuple(4, "Nom", Code.NAME_REQUIRED), tuple(5, "Prénom", Code.NAME_REQUIRED));
  }

  @Test
  void treatsAnEmptyDateSortieAsLeftAsTheNationalImporterDoes() {
    String pupil = pupil("1", "000000701BC", "A", "Un", "01/01/2011").replace("</ELEVE>", "<DATE_SORTIE/></ELEVE>");

    ImportReport report = siecle.read(export(pupil, inClass("1", "3A")));

    assertThat(report.skipped()).extracting(ImportProblem::code).containsExactly(Code.PUPIL_LEFT);
    assertThat(report.problems()).extracting(ImportProblem::code).containsExactly(Code.NO_CANDIDATE);
  }

  @Test
  void refusesAFileWhereNobodyIsKept() {
    ImportReport report = siecle.read(export(pupil("1", "000000701BC", "A", "Un", "01/01/2011"), ""));

    assertThat(report.isFileRejected()).isTrue();
    assertThat(report.problems()).extracting(ImportProblem::reason)
        .containsExactly("Aucun élève à importer : les élèves doivent avoir un INE et une classe.");
  }

  @Test
  void refusesEmptyAndMalformedFiles() {
    assertThat(siecle.read(new byte[0]).problems()).extracting(ImportProblem::code)
        .containsExactly(Code.FILE_EMPTY);
    assertThat(siecle.read("\n<BEE_ELEVES><DONNEES>".getBytes(UTF_8)).problems())
        .extracting(ImportProblem::code).containsExactly(Code.FILE_INVALID);
    assertThat(siecle.read("Nom;Prénom\n".getBytes(UTF_8)).problems())
        .extracting(ImportProblem::code).containsExactly(Code.FILE_INVALID);
  }

  @Test
  void refusesAnEncodingTheJdkCannotDecode() {
    ImportReport report = siecle.read("<?xml version=\"1.0\" encoding=\"EBCDIC-XYZ\"?><BEE_ELEVES/>".getBytes(UTF_8));

    assertThat(report.problems()).extracting(ImportProblem::code)
        .containsExactly(Code.ENCODING_NOT_SUPPORTED);
  }

  @Test
  void refusesAZipWithoutExactlyOneXmlFile() throws IOException {
    byte[] two = zip("a.xml", "b.xml");
    byte[] none = zip("eleves.csv");

    assertThat(siecle.read(two).problems()).extracting(ImportProblem::code, ImportProblem::reason)
        .containsExactly(tuple(Code.ZIP_CONTENT_INVALID,
            "L'archive ZIP doit contenir un seul fichier XML (elle en contient 2)."));
    assertThat(siecle.read(none).problems()).extracting(ImportProblem::code)
        .containsExactly(Code.ZIP_CONTENT_INVALID);
  }

  @Test
  void refusesAZipThatInflatesBeyondTheSizeCapEvenInAnEntryItWouldSkip() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("padding.bin"));
      zip.write(new byte[ImportFailure.MAX_FILE_BYTES + 1]);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("ElevesSansAdresses.xml"));
      zip.write("<BEE_ELEVES/>".getBytes(UTF_8));
      zip.closeEntry();
    }
    assertThat(bytes.size()).isLessThan(1024 * 1024);

    assertThat(siecle.read(bytes.toByteArray()).problems()).extracting(ImportProblem::code)
        .containsExactly(Code.FILE_TOO_LARGE);
  }

  /** A minimal export whose pupils start at line 4, one line each. */
  private static byte[] export(String pupilLines, String structures) {
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<BEE_ELEVES VERSION=\"3.0\">\n<DONNEES><ELEVES>\n"
        + pupilLines + "\n</ELEVES><OPTIONS/><STRUCTURES>" + structures
        + "</STRUCTURES></DONNEES></BEE_ELEVES>\n").getBytes(UTF_8);
  }

  private static String pupil(String id, String ine, String lastName, String firstName, String birthdate) {
    return "<ELEVE ELEVE_ID=\"" + id + "\"><ID_NATIONAL>" + ine + "</ID_NATIONAL><NOM_DE_FAMILLE>" + lastName
        + "</NOM_DE_FAMILLE><PRENOM>" + firstName + "</PRENOM><DATE_NAISS>" + birthdate + "</DATE_NAISS></ELEVE>";
  }

  private static String inClass(String id, String division) {
    return "<STRUCTURES_ELEVE ELEVE_ID=\"" + id + "\">" + structure(division, "D") + "</STRUCTURES_ELEVE>";
  }

  private static String structure(String code, String type) {
    return "<STRUCTURE><CODE_STRUCTURE>" + code + "</CODE_STRUCTURE><TYPE_STRUCTURE>" + type
        + "</TYPE_STRUCTURE></STRUCTURE>";
  }

  private static byte[] zip(String... names) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String name : names) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write("<BEE_ELEVES/>".getBytes(UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}

package org.certamen.server.results.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.certamen.engine.framework.CompetenceFramework;
import org.certamen.engine.scoring.TestResult;
import org.certamen.server.documents.PdfWriter;
import org.certamen.server.documents.SessionDocuments;
import org.certamen.server.planning.domain.Candidate;
import org.certamen.server.planning.domain.Session;
import org.certamen.server.results.domain.CandidateResult;
import org.certamen.server.results.domain.CertificationResult;
import org.certamen.server.results.domain.Finalization;
import org.certamen.server.results.domain.ResultBasis;
import org.certamen.server.results.domain.ResultStatus;
import org.certamen.server.results.domain.Revision;
import org.certamen.server.results.domain.SessionResults;
import org.certamen.server.results.domain.TestEnding;
import org.junit.jupiter.api.Test;

/** The CSV and the PDF, on names that break naive writers. */
class DocumentsTest {
  private static final CompetenceFramework CRCN = CompetenceFramework.crcn();
  private static final Session SESSION = new Session("123456", "Lycée Œdipe-Roi", "1 rue", "B12",
      "Mme Martin", LocalDate.parse("2026-11-28"), LocalTime.parse("09:00"), "ABCDEF", "salt$hash");

  @Test
  void quotesFieldsWithSeparatorsQuotesAndLineBreaks() {
    String csv = new ResultsCsv(CRCN).write(results(line("c1", "Dupont; \"Jr\"", "Anne\nMarie",
        ResultStatus.VALIDATED)));
    assertThat(csv).startsWith("\uFEFF\"N° de certification\";\"Prénom\";\"Nom\";");
    assertThat(csv).contains(";\"Anne\nMarie\";\"Dupont; \"\"Jr\"\"\";").endsWith("\r\n");
    assertThat(csv.split("\r\n")).hasSize(2);
  }

  @Test
  void neverLetsASpreadsheetRunANameAsAFormula() {
    String csv = new ResultsCsv(CRCN).write(results(line("c1", "=HYPERLINK(\"x\")", "+Zoé",
        ResultStatus.VALIDATED)));
    assertThat(csv).contains(";\"'+Zoé\";\"'=HYPERLINK(\"\"x\"\")\";");
  }

  @Test
  void neutralisesFormulasAfterSpacesTabsOrCarriageReturns() {
    for (String name : List.of("  =1+1", " -2", "   @SUM(A1)", "\t=1+1", "\tZoé", "\r=1+1",
        " +33 6")) {
      String csv = new ResultsCsv(CRCN).write(results(line("c1", "Petit", name,
          ResultStatus.VALIDATED)));
      String firstName = csv.split("\r\n")[1].split(";")[1];
      assertThat(firstName).as(name).matches("(?s)\"?'.*");
    }
    String plain = new ResultsCsv(CRCN).write(results(line("c1", "Petit", "Jean-Marie",
        ResultStatus.VALIDATED)));
    assertThat(plain).contains(";\"Jean-Marie\";\"Petit\";");
  }

  @Test
  void quotesCommasSoThatACommaSeparatedReadingKeepsTheNameInOneCell() {
    String csv = new ResultsCsv(CRCN).write(results(line("c1", "Dupont,=1+1", "Zoé",
        ResultStatus.VALIDATED)));
    assertThat(csv).contains(";\"Zoé\";\"Dupont,=1+1\";");
    // Read as comma-separated, the quoted field stays one cell: no cell starts with '='.
    String line = csv.split("\r\n")[1];
    assertThat(line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)"))
        .noneMatch(cell -> cell.startsWith("="));
  }

  @Test
  void givesACertificationThatIsNotValidatedItsReasonButNoNumberAndNoLevel() {
    String csv = new ResultsCsv(CRCN).write(results(line("c1", "Petit", "Inès",
        ResultStatus.CANCELLED)));
    assertThat(csv.split("\r\n")[1]).isEqualTo("\"\";\"Inès\";\"Petit\";\"04/03/2012\";\"3e B\";\"INE1\";\"Annulée\";"
        + "\"Moins de 20 réponses, après un problème technique\";\"-\";"
        + "\"-\";".repeat(16) + "\"\";\"123456\";\"28/11/2026\"");
  }

  @Test
  void rendersFrenchAccentsAndLigaturesInTheStandardFont() throws IOException {
    String text = text(attestation("Œuvray-Lefèvre", "Gaëlle Cœur"));
    assertThat(text).contains("Gaëlle Cœur Œuvray-Lefèvre", "Lycée Œdipe-Roi",
        "Score : 412 points sur 895", "Code de vérification : P-AAAA-BBBB-CCCC",
        CRCN.competences().get(15).name());
  }

  @Test
  void explainsTheScoreIntervalInWordsAParentReads() throws IOException {
    String text = text(attestation("Petit", "Inès")).replace("\n", " ");
    assertThat(text).contains("Marge de précision : de 380 à 450 points",
        "il y a 95 chances sur 100 que le score réel se situe entre ces deux valeurs");
  }

  @Test
  void printsThePublicCheckPageWithTheCodeRatherThanAnApiPath() throws IOException {
    String text = text(attestation("Petit", "Inès"));
    assertThat(text).contains("https://certification.exemple.fr/verification/#P-AAAA-BBBB-CCCC")
        .doesNotContain("/api/");
  }

  @Test
  void titlesLeaveRoomAboveTheFirstLineOfEveryDocument() throws IOException {
    Candidate pupil = line("c1", "Petit", "Inès", ResultStatus.VALIDATED).candidate();
    assertThat(gapBelowTitle(SessionDocuments.attendanceSheet(SESSION, List.of(pupil), Set.of())))
        .isGreaterThanOrEqualTo(MIN_GAP_POINTS);
    assertThat(gapBelowTitle(SessionDocuments.accessInformation(SESSION, "MOTDEPASSE",
        "https://certification.exemple.fr"))).isGreaterThanOrEqualTo(MIN_GAP_POINTS);
    assertThat(gapBelowTitle(attestation("Petit", "Inès"))).isGreaterThanOrEqualTo(MIN_GAP_POINTS);
  }

  @Test
  void theAccessInformationSendsToTheExtensionCheckBeforeTheDay() throws IOException {
    String text = text(SessionDocuments.accessInformation(SESSION, null,
        "https://certification.exemple.fr")).replace("\n", " ");
    assertThat(text).contains("Vérification de l’extension : https://certification.exemple.fr/exam/verification/",
        "Avant le jour du test, ouvrez la page de vérification de l’extension",
        "Date : 28/11/2026 à 9 h 00").doesNotContain("candidats", "autorisés", "Le surveillant");
  }

  @Test
  void writesCharactersOutsideTheFontWithoutTheirAccentsRatherThanFailing() {
    PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    assertThat(PdfWriter.printable(helvetica, "Łukasz Nguyễn Ōta 李")).isEqualTo("?ukasz Nguyen Ota ?");
    assertThat(PdfWriter.printable(helvetica, "Élise Œ œ ç")).isEqualTo("Élise Œ œ ç");
  }

  /** Blank points wanted between a title's lowest stroke and the tallest letter of the next line. */
  private static final float MIN_GAP_POINTS = 4;

  private static byte[] attestation(String lastName, String firstName) {
    return new Attestations(CRCN).render(SESSION,
        List.of(line("c1", lastName, firstName, ResultStatus.VALIDATED)),
        "https://certification.exemple.fr" + Attestations.CHECK_PAGE);
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  /**
   * The space between the first line of the first page (the title) and the line below it: from
   * the title's descent (Helvetica's descender is 0.207 em) down to the next line's cap height
   * (0.718 em), in points.
   */
  private static float gapBelowTitle(byte[] pdf) throws IOException {
    List<float[]> lines = new ArrayList<>(); // baseline from the top, font size
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void writeString(String text, List<TextPosition> positions) {
        TextPosition first = positions.get(0);
        lines.add(new float[] {first.getYDirAdj(), first.getFontSizeInPt()});
      }
    };
    stripper.setStartPage(1);
    stripper.setEndPage(1);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      stripper.getText(document);
    }
    float[] title = lines.get(0);
    float[] next = lines.get(1);
    return (next[0] - 0.718f * next[1]) - (title[0] + 0.207f * title[1]);
  }

  private static SessionResults results(CandidateResult line) {
    Finalization finalization = new Finalization("123456", Instant.parse("2026-11-28T12:00:00Z"),
        "staff", null, false, false, List.of(), Map.of(), null, null);
    return new SessionResults(SESSION, finalization, List.of(line), List.of());
  }

  private static CandidateResult line(String id, String lastName, String firstName,
      ResultStatus status) {
    Candidate candidate = new Candidate(id, "123456", lastName, firstName,
        LocalDate.parse("2012-03-04"), "3e B", "INE1", 0, false, null);
    Map<String, Integer> levels = new LinkedHashMap<>();
    CRCN.competences().forEach(c -> levels.put(c.code(), 3));
    ResultBasis basis = new ResultBasis("{}", 32, TestEnding.COMPLETED, false, null, List.of(),
        null, null, "P-AAAA-BBBB-CCCC");
    return new CandidateResult(candidate, new CertificationResult("123456", id, basis,
        new Revision(1, "finalization", "staff", Instant.parse("2026-11-28T12:00:00Z")), status,
        status == ResultStatus.VALIDATED ? null : "TECHNICAL_TOO_FEW_ANSWERS",
        new TestResult(1.2, 0.3, 412, 380, 450, 4, levels, 32)));
  }
}

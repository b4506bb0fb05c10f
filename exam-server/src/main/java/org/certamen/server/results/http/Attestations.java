package org.certamen.server.results.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.certamen.engine.framework.Competence;
import org.certamen.engine.framework.CompetenceFramework;
import org.certamen.engine.scoring.ScoreScale;
import org.certamen.engine.scoring.TestResult;
import org.certamen.server.documents.PdfWriter;
import org.certamen.server.planning.domain.Candidate;
import org.certamen.server.planning.domain.Session;
import org.certamen.server.results.domain.CandidateResult;
import org.certamen.server.results.domain.SessionResults;

/**
 * Certification attestations as PDF, one A4 page per candidate, in French. The Standard 14
 * Helvetica fonts need no embedding; their WinAnsi encoding covers French (é, è, ç, Œ, œ...).
 * A character outside it is written without its accents, or as {@code ?}, rather than failing.
 */
public record Attestations(CompetenceFramework framework) {
  /**
   * The public page where anyone checks an attestation by its code, under the server's public
   * address; the code follows after {@code #}, so it never reaches a server's access log.
   */
  public static final String CHECK_PAGE = "/verification/";
  private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final float MARGIN = 56;
  private static final float LINE_WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

  /**
   * A document with one page per validated result, in the given order.
   *
   * @param checkPage the address of the public check page, to which each page adds its code
   */
  public byte[] render(Session session, List<CandidateResult> results, String checkPage) {
    return render("Attestations de certification - session " + session.id(),
        List.of(new SessionResults(session, null, results, List.of())), checkPage);
  }

  /**
   * A document with one page per validated result of the sessions, in their order: a class's
   * attestations across a school's sessions.
   */
  public byte[] render(String title, List<SessionResults> sessions, String checkPage) {
    try (PDDocument document = new PDDocument()) {
      PDDocumentInformation info = new PDDocumentInformation();
      info.setTitle(title);
      info.setCreator("Certamen");
      document.setDocumentInformation(info);
      Fonts fonts = new Fonts(new PDType1Font(Standard14Fonts.FontName.HELVETICA),
          new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD));
      for (SessionResults session : sessions) {
        for (CandidateResult result : session.results()) {
          if (result.result().isValidated()) {
            page(document, fonts, session.session(), result, checkPage);
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Fonts(PDType1Font regular, PDType1Font bold) {
  }

  private void page(PDDocument document, Fonts fonts, Session session, CandidateResult line,
      String checkPage) throws IOException {
    PDPage page = new PDPage(PDRectangle.A4);
    document.addPage(page);
    Candidate candidate = line.candidate();
    TestResult scoring = line.result().scoring();
    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
      Writer writer = new Writer(content, PDRectangle.A4.getHeight() - MARGIN);
      writer.text(fonts.bold(), 18, "Attestation de certification");
      writer.skip(4);
      writer.text(fonts.regular(), 12, "Compétences numériques (CRCN)");
      writer.skip(18);
      writer.text(fonts.bold(), 14, candidate.firstName() + " " + candidate.lastName());
      writer.text(fonts.regular(), 11, "Date de naissance : "
          + candidate.birthdate().format(FRENCH_DATE));
      writer.text(fonts.regular(), 11, "Certification passée le " + session.date().format(FRENCH_DATE)
          + ", session n° " + session.id());
      writer.text(fonts.regular(), 11, "Centre de certification : " + session.centre());
      writer.skip(14);
      writer.text(fonts.bold(), 14, "Score : " + scoring.score() + " points sur "
          + ScoreScale.MAX_SCORE);
      writer.text(fonts.regular(), 11, "Niveau global : " + scoring.globalLevel()
          + " (sur une échelle de 0 à 7)");
      writer.text(fonts.regular(), 11, "Marge de précision : de " + scoring.scoreLow() + " à "
          + scoring.scoreHigh() + " points");
      writer.paragraph(fonts.regular(), 10, "Comme toute mesure, ce score comporte une part"
          + " d’incertitude : il y a 95 chances sur 100 que le score réel se situe entre ces deux"
          + " valeurs (c’est l’intervalle de confiance à 95 %).");
      writer.skip(14);
      writer.text(fonts.bold(), 12, "Niveau atteint dans chaque compétence (de 0 à 7)");
      for (Competence competence : framework.competences()) {
        Integer level = scoring.competenceLevels().get(competence.code());
        writer.text(fonts.regular(), 10, competence.code() + "  " + competence.name()
            + " : niveau " + (level == null ? "-" : level));
      }
      writer.skip(18);
      String code = line.result().basis().verificationCode();
      writer.text(fonts.bold(), 11, "Code de vérification : " + code);
      writer.paragraph(fonts.regular(), 9.5f, "Pour vérifier l’authenticité de cette attestation,"
          + " ouvrez l’adresse suivante, qui contient ce code :");
      writer.text(fonts.regular(), 9.5f, checkPage + "#" + code);
    }
  }

  /** Writes lines downwards from a position, shrinking a line that would not fit the width. */
  private static final class Writer {
    private final PDPageContentStream content;
    private float y;

    Writer(PDPageContentStream content, float top) {
      this.content = content;
      this.y = top;
    }

    void text(PDType1Font font, float size, String text) throws IOException {
      String printable = PdfWriter.printable(font, text);
      float width = font.getStringWidth(printable) / 1000 * size;
      float fitted = width > LINE_WIDTH ? size * LINE_WIDTH / width : size;
      y -= size * 1.45f;
      content.beginText();
      content.setFont(font, fitted);
      content.newLineAtOffset(MARGIN, y);
      content.showText(printable);
      content.endText();
    }

    /** Text that may take several lines, broken between words to fit the width. */
    void paragraph(PDType1Font font, float size, String text) throws IOException {
      for (String line : PdfWriter.wrap(text, font, size, LINE_WIDTH)) {
        text(font, size, line);
      }
    }

    void skip(float points) {
      y -= points;
    }
  }
}

package org.certamen.server.results.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
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
import org.certamen.server.enrolment.domain.Candidate;
import org.certamen.server.enrolment.domain.Session;
import org.certamen.server.results.domain.CandidateResult;

/**
 * Certification attestations as PDF, one A4 page per candidate, in French. The Standard 14
 * Helvetica fonts need no embedding; their WinAnsi encoding covers French (é, è, ç, Œ, œ...).
 * A character outside it is written without its accents, or as {@code ?}, rather than failing.
 */
public final class Attestations {
  private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final float MARGIN = 56;
  private static final float LINE_WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

  private final CompetenceFramework framework;

  public Attestations(CompetenceFramework framework) {
    this.framework = framework;
  }

  /** A document with one page per result, in the given order; results must be validated. */
  public byte[] render(Session session, List<CandidateResult> results) {
    try (PDDocument document = new PDDocument()) {
      PDDocumentInformation info = new PDDocumentInformation();
      info.setTitle("Attestations de certification - session " + session.id());
      info.setCreator("Certamen");
      document.setDocumentInformation(info);
      Fonts fonts = new Fonts(new PDType1Font(Standard14Fonts.FontName.HELVETICA),
          new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD));
      for (CandidateResult result : results) {
        page(document, fonts, session, result);
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

  private void page(PDDocument document, Fonts fonts, Session session, CandidateResult line)
      throws IOException {
    PDPage page = new PDPage(PDRectangle.A4);
    document.addPage(page);
    Candidate candidate = line.candidate();
    TestResult scoring = line.result().scoring();
    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
      Writer writer = new Writer(content, PDRectangle.A4.getHeight() - MARGIN);
      writer.text(fonts.bold(), 18, "Attestation de certification");
      writer.text(fonts.regular(), 12, "Compétences numériques (CRCN)");
      writer.skip(18);
      writer.text(fonts.bold(), 14, candidate.firstName() + " " + candidate.lastName());
      writer.text(fonts.regular(), 11, "Né(e) le " + candidate.birthdate().format(FRENCH_DATE));
      writer.text(fonts.regular(), 11, "Certification passée le " + session.date().format(FRENCH_DATE)
          + ", session n° " + session.id());
      writer.text(fonts.regular(), 11, "Centre de certification : " + session.centre());
      writer.skip(14);
      writer.text(fonts.bold(), 14, "Score : " + scoring.score() + " / " + ScoreScale.MAX_SCORE);
      writer.text(fonts.regular(), 11, "Niveau global : " + scoring.globalLevel());
      writer.text(fonts.regular(), 11, "Intervalle de confiance à 95 % du score : "
          + scoring.scoreLow() + " à " + scoring.scoreHigh());
      writer.skip(14);
      writer.text(fonts.bold(), 12, "Niveau atteint dans chaque compétence (0 à 7)");
      for (Competence competence : framework.competences()) {
        Integer level = scoring.competenceLevels().get(competence.code());
        writer.text(fonts.regular(), 10, competence.code() + "  " + competence.name()
            + " : niveau " + (level == null ? "-" : level));
      }
      writer.skip(18);
      writer.text(fonts.bold(), 11, "Code de vérification : " + line.result().basis().verificationCode());
      writer.text(fonts.regular(), 9, "Vérifiez l'authenticité de cette attestation avec ce code"
          + " : /api/certificates/" + line.result().basis().verificationCode());
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
      String printable = printable(font, text);
      float width = font.getStringWidth(printable) / 1000 * size;
      float fitted = width > LINE_WIDTH ? size * LINE_WIDTH / width : size;
      y -= size * 1.45f;
      content.beginText();
      content.setFont(font, fitted);
      content.newLineAtOffset(MARGIN, y);
      content.showText(printable);
      content.endText();
    }

    void skip(float points) {
      y -= points;
    }
  }

  /** The text with each character the font cannot encode stripped of accents, or replaced by '?'. */
  static String printable(PDType1Font font, String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(codePoint -> {
      String character = new String(Character.toChars(codePoint));
      if (canEncode(font, character)) {
        out.append(character);
        return;
      }
      String plain = Normalizer.normalize(character, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
      out.append(!plain.isEmpty() && canEncode(font, plain) ? plain : "?");
    });
    return out.toString();
  }

  private static boolean canEncode(PDType1Font font, String text) {
    try {
      font.encode(text);
      return true;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }
}

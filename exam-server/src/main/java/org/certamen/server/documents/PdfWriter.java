package org.certamen.server.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes simple A4 documents top to bottom: headings, lines of text and ruled tables, starting a
 * new page when one is full. The standard Helvetica fonts need no font file in the jar; they
 * encode French text (WinAnsi); see {@link #printable} for other characters.
 */
public final class PdfWriter implements AutoCloseable {
  private static final float MARGIN = 50;
  private static final float TEXT_SIZE = 11;
  private static final PDRectangle FORMAT = PDRectangle.A4;

  private final PDDocument document = new PDDocument();
  private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private PDPageContentStream page;
  private float y;

  public PdfWriter() {
    newPage();
  }

  public PdfWriter heading(String text) {
    return line(text, bold, 16, 10);
  }

  /** Text that may take several lines, broken between words to fit the page's width. */
  public PdfWriter text(String text) {
    for (String line : wrap(text, regular, TEXT_SIZE, FORMAT.getWidth() - 2 * MARGIN)) {
      line(line, regular, TEXT_SIZE, 4);
    }
    return this;
  }

  /**
   * The lines of {@code text} broken between words so that each fits {@code maxWidth} points (a
   * single word too long stays whole). The space French puts before : ; ? ! and inside « »
   * never breaks, so that no line starts with a colon.
   */
  public static List<String> wrap(String text, PDType1Font font, float size, float maxWidth) {
    String glued = text.replaceAll(" ([:;?!»])", "\u00A0$1").replace("« ", "«\u00A0");
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : glued.split(" ")) {
      String longer = line.isEmpty() ? word : line + " " + word;
      if (!line.isEmpty() && width(longer, font, size) > maxWidth) {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
      } else {
        line.setLength(0);
        line.append(longer);
      }
    }
    lines.add(line.toString());
    return lines;
  }

  /** A label in bold followed by its value, on a line below the one written last. */
  public PdfWriter field(String label, String value) {
    room(TEXT_SIZE + 4);
    write(MARGIN, y - TEXT_SIZE, label + " : ", bold, TEXT_SIZE);
    write(MARGIN + width(label + " : ", bold, TEXT_SIZE), y - TEXT_SIZE, value, regular,
        TEXT_SIZE);
    y -= TEXT_SIZE + 4;
    return this;
  }

  public PdfWriter space(float points) {
    y -= points;
    return this;
  }

  /**
   * A table with a bold header row and ruled rows of {@code rowHeight} points.
   *
   * @param widths each column's share of the page width; they add up to 1
   */
  public PdfWriter table(List<String> header, List<List<String>> rows, float[] widths,
      float rowHeight) {
    row(header, widths, rowHeight, bold);
    for (List<String> cells : rows) {
      row(cells, widths, rowHeight, regular);
    }
    return this;
  }

  private void row(List<String> cells, float[] widths, float height, PDType1Font font) {
    if (y - height < MARGIN) {
      newPage();
    }
    float usable = FORMAT.getWidth() - 2 * MARGIN;
    float x = MARGIN;
    try {
      page.addRect(MARGIN, y - height, usable, height);
      for (int i = 0; i < cells.size(); i++) {
        float cellWidth = usable * widths[i];
        if (i > 0) {
          page.moveTo(x, y);
          page.lineTo(x, y - height);
        }
        write(x + 3, y - TEXT_SIZE - 3, fit(cells.get(i), font, cellWidth - 6), font, TEXT_SIZE - 1);
        x += cellWidth;
      }
      page.stroke();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    y -= height;
  }

  /** The finished document. */
  public byte[] toBytes() {
    try {
      page.close();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      document.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private PdfWriter line(String text, PDType1Font font, float size, float after) {
    room(size + after);
    write(MARGIN, y - size, text, font, size);
    y -= size + after;
    return this;
  }

  private void room(float height) {
    if (y - height < MARGIN) {
      newPage();
    }
  }

  private void newPage() {
    try {
      if (page != null) {
        page.close();
      }
      PDPage next = new PDPage(FORMAT);
      document.addPage(next);
      page = new PDPageContentStream(document, next);
      page.setLineWidth(0.5f);
      y = FORMAT.getHeight() - MARGIN;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(float x, float baseline, String text, PDType1Font font, float size) {
    try {
      page.beginText();
      page.setFont(font, size);
      page.newLineAtOffset(x, baseline);
      page.showText(printable(font, text));
      page.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String fit(String text, PDType1Font font, float maxWidth) {
    String fitted = text == null ? "" : text;
    while (!fitted.isEmpty() && width(fitted, font, TEXT_SIZE - 1) > maxWidth) {
      fitted = fitted.substring(0, fitted.length() - 1);
    }
    return fitted;
  }

  private static float width(String text, PDType1Font font, float size) {
    try {
      return font.getStringWidth(printable(font, text)) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The text with each character the font cannot encode stripped of its accents, or replaced by
   * '?', so that any name can be printed with the standard fonts.
   */
  public static String printable(PDType1Font font, String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(codePoint -> {
      String character = Character.toString(codePoint);
      if (codePoint >= 0x20 && canEncode(font, character)) {
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

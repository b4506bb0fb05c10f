package org.certamen.server.planning.domain.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits CSV text into rows: fields separated by one separator character, optionally enclosed in
 * double quotes (which may then hold separators and line breaks, a quote being written twice).
 */
public final class CsvRows {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /**
   * One non-blank row.
   *
   * @param line 1-based line where the row starts
   * @param fields raw field values, unquoted
   * @param unclosedQuote whether a quoted field ran to the end of the file
   */
  public record Row(int line, List<String> fields, boolean unclosedQuote) {}

  private CsvRows() {}

  /** The separator of the header line: ';' or ',', whichever occurs more outside quotes. */
  public static Optional<Character> detectSeparator(String text) {
    int semicolons = 0;
    int commas = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r') && semicolons + commas > 0) {
        break;
      } else if (!quoted && c == ';') {
        semicolons++;
      } else if (!quoted && c == ',') {
        commas++;
      }
    }
    if (semicolons == 0 && commas == 0) {
      return Optional.empty();
    }
    return Optional.of(semicolons >= commas ? ';' : ',');
  }

  /** The rows of the text, leaving out rows whose fields are all blank. */
  public static List<Row> split(String text, char separator) {
    List<Row> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int line = 1;
    int rowLine = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lineBreak = c == '\n' || (c == '\r' && !(i + 1 < text.length() && text.charAt(i + 1) == '\n'));
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.toString().isBlank()) {
        field.setLength(0); // spaces before an opening quote are not data
        quoted = true;
      } else if (c == separator) {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' || c == '\n') {
        if (lineBreak) {
          fields.add(field.toString());
          field.setLength(0);
          addIfNotBlank(rows, new Row(rowLine, fields, false));
          fields = new ArrayList<>();
          rowLine = line + 1;
        }
      } else {
        field.append(c);
      }
      if (lineBreak) {
        line++;
      }
    }
    if (quoted || !fields.isEmpty() || field.length() > 0) {
      fields.add(field.toString());
      addIfNotBlank(rows, new Row(rowLine, fields, quoted));
    }
    return rows;
  }

  /** UTF-8 when the bytes are valid UTF-8, else Windows-1252; without a byte-order mark. */
  public static String decode(byte[] file) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(file))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      text = new String(file, WINDOWS_1252);
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static void addIfNotBlank(List<Row> rows, Row row) {
    if (row.unclosedQuote() || row.fields().stream().anyMatch(f -> !f.isBlank())) {
      rows.add(row);
    }
  }
}

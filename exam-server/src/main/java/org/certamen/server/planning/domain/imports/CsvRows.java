package org.certamen.server.planning.domain.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Splits CSV text into rows with Apache Commons CSV: fields separated by one separator character,
 * optionally enclosed in double quotes (which may then hold separators and line breaks, a quote
 * being written twice). Finding the separator and the encoding is ours: Commons CSV reads text it
 * is given with a separator it is given.
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

  /**
   * The rows of the text, leaving out rows whose fields are all blank. A quote never closed ends
   * the reading with a row that has no field and {@code unclosedQuote} set.
   */
  public static List<Row> split(String text, char separator) {
    CSVFormat format = CSVFormat.RFC4180.builder()
        .setDelimiter(separator)
        // Blank lines are kept, then dropped below, so that line numbers stay those of the file.
        .setIgnoreEmptyLines(false)
        // Spaces before an opening quote are not data; names are trimmed later anyway.
        .setIgnoreSurroundingSpaces(true)
        // "ab"cd reads as abcd, as spreadsheets read it, instead of refusing the file.
        .setTrailingData(true)
        .get();
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(text, format)) {
      Iterator<CSVRecord> records = parser.iterator();
      while (true) {
        // The parser has read whole lines so far: the next row starts on the line after them.
        int line = (int) parser.getCurrentLineNumber() + 1;
        try {
          if (!records.hasNext()) {
            break;
          }
        } catch (UncheckedIOException unclosedQuote) {
          // Reading a string fails only on a quoted field that the end of the text cuts short.
          rows.add(new Row(line, List.of(), true));
          break;
        }
        addIfNotBlank(rows, new Row(line, records.next().toList(), false));
      }
    } catch (IOException cannotHappen) {
      throw new UncheckedIOException(cannotHappen);
    }
    return rows;
  }

  /**
   * What is left of a header or an answer once case, accents, text in parentheses and everything
   * but letters and digits are dropped: "Date de naissance (jj/mm/aaaa)*" gives "datedenaissance".
   */
  static String headerKey(String text) {
    String unaccented = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return unaccented.toLowerCase(Locale.ROOT).replaceAll("\\(.*?\\)", "").replaceAll("[^a-z0-9]", "");
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

package org.certamen.server.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * Files schools open in a spreadsheet: {@code ;}-separated, UTF-8 with a byte order mark and CRLF
 * line ends, so that a French spreadsheet opens them as they are. Written by Apache Commons CSV
 * with every field quoted (RFC 4180): a file opened as comma-separated does not split a name into
 * a new cell either. Text that a spreadsheet would run as a formula is prefixed with an apostrophe
 * (ours: the library leaves values as they are).
 */
public final class SpreadsheetCsv {
  public static final String BYTE_ORDER_MARK = "\uFEFF";
  private static final CSVFormat FORMAT = CSVFormat.Builder.create()
      .setDelimiter(';')
      .setQuote('"')
      .setQuoteMode(QuoteMode.ALL)
      .setRecordSeparator("\r\n")
      .get();
  /**
   * What a spreadsheet may run as a formula: {@code = + - @} first, even after spaces (which some
   * spreadsheets trim), or a tab or carriage return first (OWASP's CSV injection list).
   */
  private static final Pattern FORMULA_START = Pattern.compile("^(?:[\t\r]| *[=+@-])");

  private final StringBuilder csv;

  /** A file for spreadsheets: it starts with the byte order mark. */
  public SpreadsheetCsv() {
    this(BYTE_ORDER_MARK);
  }

  private SpreadsheetCsv(String start) {
    this.csv = new StringBuilder(start);
  }

  /** The same lines without the byte order mark, for a file that programs read. */
  public static SpreadsheetCsv withoutByteOrderMark() {
    return new SpreadsheetCsv("");
  }

  /** Appends a line of fields, every one quoted; free text should go through {@link #text}. */
  public SpreadsheetCsv line(List<String> fields) {
    try {
      FORMAT.printRecord(csv, fields.toArray());
    } catch (IOException cannotHappen) {
      throw new UncheckedIOException(cannotHappen);
    }
    return this;
  }

  /** Free text: empty when absent, and never read as a formula. */
  public static String text(String value) {
    if (value == null) {
      return "";
    }
    return FORMULA_START.matcher(value).find() ? "'" + value : value;
  }

  @Override
  public String toString() {
    return csv.toString();
  }
}

package org.certamen.server.documents;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Files schools open in a spreadsheet: {@code ;}-separated, UTF-8 with a byte order mark and CRLF
 * line ends, so that a French spreadsheet opens them as they are. Fields holding {@code ;},
 * {@code ,}, quotes or line breaks are quoted (RFC 4180); text that a spreadsheet would run as a
 * formula is prefixed with an apostrophe.
 */
public final class SpreadsheetCsv {
  public static final String BYTE_ORDER_MARK = "\uFEFF";
  /** {@code ,} too: a file opened as comma-separated must not split a name into a new cell. */
  private static final Pattern NEEDS_QUOTES = Pattern.compile("[;,\"\r\n]");
  /**
   * What a spreadsheet may run as a formula: {@code = + - @} first, even after spaces (which some
   * spreadsheets trim), or a tab or carriage return first (OWASP's CSV injection list).
   */
  private static final Pattern FORMULA_START = Pattern.compile("^(?:[\t\r]| *[=+@-])");

  private final StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK);

  /** Appends a line of fields, quoted where needed; free text should go through {@link #text}. */
  public SpreadsheetCsv line(List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        csv.append(';');
      }
      csv.append(quoted(fields.get(i)));
    }
    csv.append("\r\n");
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

  private static String quoted(String field) {
    return NEEDS_QUOTES.matcher(field).find() ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }
}

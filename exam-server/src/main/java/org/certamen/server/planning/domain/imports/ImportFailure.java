package org.certamen.server.planning.domain.imports;

import java.util.List;
import org.certamen.server.planning.domain.imports.ImportProblem.Code;

/** Thrown inside an import when the whole file must be refused; carries the French problems. */
final class ImportFailure extends Exception {

  /** Uploads above this are refused: a 3,000-pupil SIECLE export is about 8 MB. */
  static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

  private final transient List<ImportProblem> problems;

  ImportFailure(Code code, String reason) {
    this(List.of(ImportProblem.ofFile(code, reason)));
  }

  ImportFailure(List<ImportProblem> problems) {
    // Control flow inside the package, never logged: no stack trace to fill.
    super(problems.get(0).reason(), null, false, false);
    this.problems = List.copyOf(problems);
  }

  List<ImportProblem> problems() {
    return problems;
  }

  /** Refuses an empty file (nothing but spaces or a byte-order mark) and an oversized one. */
  static void requireUsableSize(byte[] file) throws ImportFailure {
    if (file == null || isBlank(file)) {
      throw new ImportFailure(Code.FILE_EMPTY, "Le fichier est vide.");
    }
    if (file.length > MAX_FILE_BYTES) {
      throw tooLarge();
    }
  }

  /**
   * The text of a CSV upload, once sure it is neither empty, oversized nor UTF-16 (refused with
   * {@code utf16Refusal}, which tells how to save the file again).
   */
  static String csvText(byte[] file, String utf16Refusal) throws ImportFailure {
    requireUsableSize(file);
    if (isUtf16(file)) {
      throw new ImportFailure(Code.ENCODING_NOT_SUPPORTED, utf16Refusal);
    }
    return CsvRows.decode(file);
  }

  static ImportFailure tooLarge() {
    return new ImportFailure(Code.FILE_TOO_LARGE,
        "Le fichier est trop volumineux (" + MAX_FILE_BYTES / (1024 * 1024) + " Mo au plus).");
  }

  private static boolean isBlank(byte[] file) {
    int start = hasUtf8Bom(file) ? 3 : 0;
    for (int i = start; i < file.length; i++) {
      byte b = file[i];
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /**
   * True for UTF-16 text, as Excel's « Texte Unicode » writes it: a UTF-16 byte order mark, or a
   * NUL byte among the first two (ASCII text in UTF-16 without a mark).
   */
  static boolean isUtf16(byte[] file) {
    if (file.length < 2) {
      return false;
    }
    int first = file[0] & 0xFF;
    int second = file[1] & 0xFF;
    return first == 0xFF && second == 0xFE || first == 0xFE && second == 0xFF
        || first == 0 || second == 0;
  }

  static boolean hasUtf8Bom(byte[] file) {
    return file.length >= 3
        && (file[0] & 0xFF) == 0xEF
        && (file[1] & 0xFF) == 0xBB
        && (file[2] & 0xFF) == 0xBF;
  }
}

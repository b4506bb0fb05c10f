package org.certamen.server.planning.domain.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.certamen.server.planning.domain.imports.ImportProblem.Code;

/** Unpacks the one XML file of a zipped SIECLE export. */
final class ZipArchives {

  private static final int MAX_ENTRIES = 100;

  private ZipArchives() {}

  /** Recognises a ZIP by its content (local file header or empty-archive magic), not its name. */
  static boolean isZip(byte[] file) {
    return file.length >= 4
        && file[0] == 'P'
        && file[1] == 'K'
        && ((file[2] == 3 && file[3] == 4) || (file[2] == 5 && file[3] == 6));
  }

  /**
   * The bytes of the single {@code .xml} entry, ignoring folders and the hidden files archivers
   * add (a path segment starting with a dot, such as {@code __MACOSX/._Eleves.xml}).
   */
  static byte[] singleXmlEntry(byte[] zip) throws ImportFailure {
    byte[] xml = null;
    int xmlEntries = 0;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      Inflated inflated = new Inflated();
      ZipEntry entry;
      for (int entries = 0; (entry = in.getNextEntry()) != null; entries++) {
        if (entries >= MAX_ENTRIES) {
          throw zipContentInvalid("L'archive ZIP contient trop de fichiers.");
        }
        // Every entry is inflated through the cap, even one we skip: a bomb can hide anywhere.
        byte[] content = inflated.read(in);
        if (isVisibleXml(entry)) {
          xmlEntries++;
          xml = content;
        }
      }
    } catch (IOException | IllegalArgumentException unreadable) {
      throw new ImportFailure(Code.FILE_INVALID, "L'archive ZIP est illisible ou endommagée.");
    }
    if (xmlEntries != 1) {
      throw zipContentInvalid("L'archive ZIP doit contenir un seul fichier XML (elle en contient "
          + xmlEntries + ").");
    }
    return xml;
  }

  private static boolean isVisibleXml(ZipEntry entry) {
    String name = entry.getName();
    return !entry.isDirectory()
        && name.toLowerCase(Locale.ROOT).endsWith(".xml")
        && Arrays.stream(name.split("[/\\\\]")).noneMatch(segment -> segment.startsWith("."));
  }

  /** Inflates entries without trusting their declared sizes, up to the file-size cap in all. */
  private static final class Inflated {
    private long total;

    byte[] read(InputStream entry) throws IOException, ImportFailure {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[64 * 1024];
      for (int n; (n = entry.read(buffer)) > 0; ) {
        total += n;
        if (total > ImportFailure.MAX_FILE_BYTES) {
          throw ImportFailure.tooLarge();
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    }
  }

  private static ImportFailure zipContentInvalid(String reason) {
    return new ImportFailure(Code.ZIP_CONTENT_INVALID, reason);
  }
}

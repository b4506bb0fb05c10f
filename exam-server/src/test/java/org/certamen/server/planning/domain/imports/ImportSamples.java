package org.certamen.server.planning.domain.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Test samples under {@code src/test/resources/imports/} and the clock the imports run at. */
final class ImportSamples {

  static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);

  private ImportSamples() {}

  static byte[] bytes(String path) {
    try (InputStream in = ImportSamples.class.getResourceAsStream("/imports/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no sample " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.certamen.server;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.certamen.server.operations.Logging;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Logs as JSON into a buffer during each test, so the test can read what the server logged. */
final class JsonLogCapture implements BeforeEachCallback, AfterEachCallback {
  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
  private PrintStream standardOut;

  @Override
  public void beforeEach(ExtensionContext context) {
    captured.reset();
    standardOut = System.out;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    Logging.configure("json");
  }

  @Override
  public void afterEach(ExtensionContext context) {
    System.setOut(standardOut);
    Logging.configure("console");
  }

  /** What was logged since the test began. */
  String text() {
    return captured.toString(StandardCharsets.UTF_8);
  }
}

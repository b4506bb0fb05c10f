package org.certamen.engine.bank;

import com.fasterxml.jackson.core.JsonProcessingException;

/** How the engine's JSON files (banks, catalogues) report a file that is not JSON at all. */
public final class JsonSyntax {
  private JsonSyntax() {
  }

  /** The problem to report, with the line and column where reading stopped. */
  public static String problem(JsonProcessingException e) {
    return "not valid JSON: line " + e.getLocation().getLineNr() + ", column "
        + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage();
  }
}

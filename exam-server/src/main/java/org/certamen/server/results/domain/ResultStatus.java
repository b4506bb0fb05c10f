package org.certamen.server.results.domain;

import java.util.Locale;

/** What a certification result is; the API writes it in lower case. */
public enum ResultStatus {
  VALIDATED,
  REJECTED,
  CANCELLED;

  public String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }
}

package org.certamen.server.results.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Why a test ended before its last question, as the centre reports it at finalisation. */
public enum AbortReason {
  /** The candidate left: missing questions count as wrong once 20 were answered. */
  CANDIDATE,
  /** A technical problem: missing questions do not count against the candidate. */
  TECHNICAL;

  /** The API's name: {@code candidate} or {@code technical}. */
  public String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The reason of that API name, or empty for any other text. */
  public static Optional<AbortReason> fromApiName(String text) {
    return Arrays.stream(values()).filter(reason -> reason.apiName().equals(text)).findFirst();
  }
}

package org.certamen.server.results.domain;

import java.util.Optional;
import org.certamen.server.shared.ApiNamed;

/**
 * Why a test ended before its last question, as the centre reports it at finalisation:
 * {@code candidate} or {@code technical} in the API.
 */
public enum AbortReason implements ApiNamed {
  /** The candidate left: missing questions count as wrong once 20 were answered. */
  CANDIDATE,
  /** A technical problem: missing questions do not count against the candidate. */
  TECHNICAL;

  /** The reason of that API name, or empty for any other text. */
  public static Optional<AbortReason> fromApiName(String text) {
    return ApiNamed.fromApiName(values(), text);
  }
}

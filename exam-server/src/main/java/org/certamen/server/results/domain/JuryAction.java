package org.certamen.server.results.domain;

import java.util.Optional;
import org.certamen.server.shared.ApiNamed;

/**
 * A jury's change to one result.
 *
 * @param questionNumber the question to neutralise ({@link Kind#NEUTRALIZE} only), else null
 * @param commentForCandidate null keeps the current comment
 * @param commentForOrganization null keeps the current comment
 */
public record JuryAction(Kind kind, Integer questionNumber, String commentForCandidate,
    String commentForOrganization) {

  /** Longest jury comment accepted. */
  public static final int MAX_COMMENT_LENGTH = 1000;

  /** What the jury does; its API name is its name in lower case, such as {@code neutralize}. */
  public enum Kind implements ApiNamed {
    /** One question no longer counts; the result is scored again. */
    NEUTRALIZE,
    /** The certification is cancelled, with comments. */
    CANCEL,
    /** The certification is rejected, with comments. */
    REJECT,
    /** Scored again from the answers: lifts a cancellation or rejection by the jury. */
    RESCORE;

    /** The kind of that API name, or empty for any other text. */
    public static Optional<Kind> fromApiName(String text) {
      return ApiNamed.fromApiName(values(), text);
    }
  }
}

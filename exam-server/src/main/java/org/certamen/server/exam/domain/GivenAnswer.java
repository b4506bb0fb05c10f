package org.certamen.server.exam.domain;

import java.time.Instant;
import org.certamen.engine.Outcome;
import org.certamen.server.shared.CanonicalTexts;

/**
 * One answered question, as the results need it. Held by thousands of exams of 32 answers at
 * once, so it is kept small: its time as numbers rather than an {@link Instant} of its own, and
 * the item id and a short value shared with every other answer holding the same text
 * ({@link CanonicalTexts}).
 *
 * @param questionNumber 1-based number of the question in the test
 * @param value the text given, or for several short answers a JSON object of field to text;
 *     null when skipped or timed out
 * @param atSeconds server time of the answer: seconds since the epoch
 * @param atNanos and nanoseconds in that second
 */
public record GivenAnswer(int questionNumber, String itemId, String value, Outcome outcome,
    long atSeconds, int atNanos) {

  public GivenAnswer {
    itemId = CanonicalTexts.of(itemId);
    value = CanonicalTexts.of(value);
  }

  /** @param at server time of the answer */
  public GivenAnswer(int questionNumber, String itemId, String value, Outcome outcome, Instant at) {
    this(questionNumber, itemId, value, outcome, at.getEpochSecond(), at.getNano());
  }

  /** Server time of the answer. */
  public Instant at() {
    return Instant.ofEpochSecond(atSeconds, atNanos);
  }
}

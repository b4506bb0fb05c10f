package org.certamen.server.exam.domain;

import java.time.Instant;
import java.util.Objects;
import org.certamen.engine.Outcome;
import org.certamen.server.shared.CanonicalTexts;

/**
 * One answered question, as the results need it. Held by thousands of exams of 32 answers at
 * once, so it is kept small: its time as numbers rather than an {@link Instant} of its own, and
 * the item id and a short value shared with every other answer holding the same text
 * ({@link CanonicalTexts}). A value like a record's: equal when every part is.
 */
public final class GivenAnswer {
  private final int questionNumber;
  private final String itemId;
  private final String value;
  private final Outcome outcome;
  private final long atSeconds;
  private final int atNanos;

  /**
   * @param questionNumber 1-based number of the question in the test
   * @param value the text given, or for several short answers a JSON object of field to text;
   *     null when skipped or timed out
   * @param at server time of the answer
   */
  public GivenAnswer(int questionNumber, String itemId, String value, Outcome outcome, Instant at) {
    this.questionNumber = questionNumber;
    this.itemId = CanonicalTexts.of(itemId);
    this.value = CanonicalTexts.of(value);
    this.outcome = outcome;
    this.atSeconds = at.getEpochSecond();
    this.atNanos = at.getNano();
  }

  public int questionNumber() {
    return questionNumber;
  }

  public String itemId() {
    return itemId;
  }

  public String value() {
    return value;
  }

  public Outcome outcome() {
    return outcome;
  }

  public Instant at() {
    return Instant.ofEpochSecond(atSeconds, atNanos);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GivenAnswer answer && questionNumber == answer.questionNumber
        && itemId.equals(answer.itemId) && Objects.equals(value, answer.value)
        && outcome == answer.outcome && atSeconds == answer.atSeconds && atNanos == answer.atNanos;
  }

  @Override
  public int hashCode() {
    return Objects.hash(questionNumber, itemId, value, outcome, atSeconds, atNanos);
  }

  @Override
  public String toString() {
    return "GivenAnswer[questionNumber=" + questionNumber + ", itemId=" + itemId + ", value="
        + value + ", outcome=" + outcome + ", at=" + at() + "]";
  }
}

package org.certamen.server.exam.domain;

import java.time.Instant;
import org.certamen.engine.Outcome;
import org.certamen.server.shared.CanonicalTexts;

/**
 * One answered question, as the results need it. The item id and a short value are shared with
 * every other answer that holds the same text ({@link CanonicalTexts}).
 *
 * @param questionNumber 1-based number of the question in the test
 * @param value the text given, or for several short answers a JSON object of field to text;
 *     null when skipped or timed out
 * @param at server time of the answer
 */
public record GivenAnswer(int questionNumber, String itemId, String value, Outcome outcome, Instant at) {

  public GivenAnswer {
    itemId = CanonicalTexts.of(itemId);
    value = CanonicalTexts.of(value);
  }
}

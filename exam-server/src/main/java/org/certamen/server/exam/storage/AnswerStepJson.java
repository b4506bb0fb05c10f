package org.certamen.server.exam.storage;

import io.vertx.core.json.JsonArray;
import java.time.Instant;
import org.certamen.engine.Outcome;
import org.certamen.server.exam.domain.AnswerStep;
import org.certamen.server.exam.domain.GivenAnswer;

/**
 * The stored form of an {@link AnswerStep} in an exam's answer log: a JSON array (version,
 * question number, item, outcome, time, next item, value), about a hundred bytes, so that an
 * answer adds little to Redis's append-only file.
 */
public final class AnswerStepJson {
  private AnswerStepJson() {
  }

  public static String encode(AnswerStep step) {
    GivenAnswer answer = step.answer();
    return new JsonArray().add(step.version()).add(answer.questionNumber()).add(answer.itemId())
        .add(answer.outcome().name()).add(answer.at().toString()).add(step.nextItemId())
        .add(answer.value()).encode();
  }

  /** @throws io.vertx.core.json.DecodeException when the text is not an encoded step */
  public static AnswerStep decode(String text) {
    JsonArray json = new JsonArray(text);
    return new AnswerStep(json.getLong(0), new GivenAnswer(json.getInteger(1), json.getString(2),
        json.getString(6), Outcome.valueOf(json.getString(3)), Instant.parse(json.getString(4))),
        json.getString(5));
  }
}

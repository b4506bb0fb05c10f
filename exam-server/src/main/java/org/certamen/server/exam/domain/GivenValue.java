package org.certamen.server.exam.domain;

import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.certamen.engine.bank.Answer;

/** What a candidate sent for a question: a text, one text per field, or nothing (skipped). */
public sealed interface GivenValue {

  /** The answer for the engine, or null when skipped. */
  Answer answer();

  /** The value as kept in the answer log, or null when skipped. */
  String logged();

  record Text(String text) implements GivenValue {
    @Override
    public Answer answer() {
      return Answer.text(text);
    }

    @Override
    public String logged() {
      return text;
    }
  }

  record Fields(Map<String, String> fields) implements GivenValue {
    public Fields {
      fields = Map.copyOf(fields);
    }

    @Override
    public Answer answer() {
      return Answer.fields(fields);
    }

    @Override
    public String logged() {
      return new JsonObject(Map.copyOf(fields)).encode();
    }
  }

  record Skipped() implements GivenValue {
    @Override
    public Answer answer() {
      return null;
    }

    @Override
    public String logged() {
      return null;
    }
  }
}

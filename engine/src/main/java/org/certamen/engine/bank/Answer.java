package org.certamen.engine.bank;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** What a candidate submitted: one text, or for a QROCM one text per field. */
public sealed interface Answer {

  static Answer text(String value) {
    return new Text(value);
  }

  static Answer fields(Map<String, String> values) {
    return new Fields(values);
  }

  /** A text in the bank's solution syntax: "2", "1,3", or the words typed. */
  record Text(String value) implements Answer {
  }

  /**
   * Field name to the words typed, for several short answers. A null map or null values are kept
   * as they come (an unreadable answer is wrong, never an exception).
   */
  record Fields(Map<String, String> values) implements Answer {
    public Fields {
      values = values == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(values));
    }
  }
}

package org.certamen.server.shared;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One instance of each short text that many records repeat — the answers candidates give to
 * multiple-choice questions ("2", "1,3"), item ids read back from a store — so that each record
 * keeps a reference instead of its own copy: a server holds thousands of exams of 32 answers.
 * Bounded: once full, further texts are kept as given, which costs memory, never a wrong value.
 */
public final class CanonicalTexts {
  /** Longer texts are rarely repeated. */
  private static final int MAX_LENGTH = 64;
  /** At most a few megabytes, whatever candidates type. */
  private static final int CAPACITY = 20_000;
  private static final ConcurrentMap<String, String> TEXTS = new ConcurrentHashMap<>();

  private CanonicalTexts() {
  }

  /** The shared instance equal to {@code text} (null for null). */
  public static String of(String text) {
    if (text == null || text.length() > MAX_LENGTH) {
      return text;
    }
    String known = TEXTS.get(text);
    if (known != null) {
      return known;
    }
    if (TEXTS.size() >= CAPACITY) {
      return text;
    }
    String first = TEXTS.putIfAbsent(text, text);
    return first != null ? first : text;
  }
}

package org.certamen.engine;

/** How a question ended. Only {@link #CORRECT} counts as correct. */
public enum Outcome {
  CORRECT,
  WRONG,
  SKIPPED,
  TIMED_OUT;

  public boolean isCorrect() {
    return this == CORRECT;
  }
}

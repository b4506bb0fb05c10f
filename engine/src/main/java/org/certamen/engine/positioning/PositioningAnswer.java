package org.certamen.engine.positioning;

import java.util.Objects;
import org.certamen.engine.Outcome;

/** How a pupil answered one question of a positioning: only {@link Outcome#CORRECT} validates. */
public record PositioningAnswer(String itemId, Outcome outcome) {

  public PositioningAnswer {
    Objects.requireNonNull(itemId, "itemId");
    Objects.requireNonNull(outcome, "outcome");
  }

  public static PositioningAnswer correct(String itemId) {
    return new PositioningAnswer(itemId, Outcome.CORRECT);
  }

  public static PositioningAnswer wrong(String itemId) {
    return new PositioningAnswer(itemId, Outcome.WRONG);
  }

  public static PositioningAnswer skipped(String itemId) {
    return new PositioningAnswer(itemId, Outcome.SKIPPED);
  }
}

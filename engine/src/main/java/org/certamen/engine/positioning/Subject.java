package org.certamen.engine.positioning;

/**
 * One subject of a parcours: a tube of the bank, in its competence, tested up to
 * {@code targetLevel} (1–8). Its target skills are the tube's skills at that level or below.
 */
public record Subject(String tube, String competence, int targetLevel) {

  /** @throws IllegalArgumentException on a blank tube or competence, or a level outside 1–8 */
  public Subject {
    if (tube == null || tube.isBlank() || competence == null || competence.isBlank()) {
      throw new IllegalArgumentException("A subject needs a tube and a competence");
    }
    if (targetLevel < Skills.MIN_LEVEL || targetLevel > Skills.MAX_LEVEL) {
      throw new IllegalArgumentException("A target level is between " + Skills.MIN_LEVEL + " and "
          + Skills.MAX_LEVEL + ", not " + targetLevel);
    }
  }
}

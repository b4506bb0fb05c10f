package org.certamen.engine.positioning;

/**
 * Where a pupil stands on one subject: {@code reachedLevel} is the highest validated target skill's
 * level (0 when none is validated); {@code validatedSkills} of the subject's {@code targetSkills}.
 */
public record SubjectResult(Subject subject, int reachedLevel, int validatedSkills,
    int targetSkills) {

  /** validatedSkills / targetSkills. */
  public double masteryRate() {
    return targetSkills == 0 ? 0 : (double) validatedSkills / targetSkills;
  }
}

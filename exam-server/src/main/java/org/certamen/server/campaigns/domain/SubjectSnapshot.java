package org.certamen.server.campaigns.domain;

/**
 * Where a pupil stood on one subject of the parcours when they sent their results.
 *
 * @param reachedLevel the highest validated target level, 0 when none
 */
public record SubjectSnapshot(String tube, String competence, int targetLevel, int reachedLevel,
    int validatedSkills, int targetSkills) {

  /** validatedSkills / targetSkills, 0 for a subject without target skills. */
  public double masteryRate() {
    return targetSkills == 0 ? 0 : (double) validatedSkills / targetSkills;
  }
}

package org.certamen.engine.scoring;

import java.util.Map;

/**
 * Whether a candidate may sit the certification, from their training profile: a competence's level
 * is floor(pix / 8), and a candidate is certifiable with at least 5 competences at level 1 or more.
 */
public final class Certifiability {
  public static final int PIX_PER_LEVEL = 8;
  public static final int REQUIRED_COMPETENCES = 5;

  private Certifiability() {
  }

  /** Level of a competence from its pix points in the profile. */
  public static int level(int pix) {
    return Math.max(0, Math.floorDiv(pix, PIX_PER_LEVEL));
  }

  /** @param pixByCompetence competence code to pix points earned in training */
  public static boolean isCertifiable(Map<String, Integer> pixByCompetence) {
    long atLevelOne = pixByCompetence.values().stream().filter(pix -> level(pix) >= 1).count();
    return atLevelOne >= REQUIRED_COMPETENCES;
  }
}

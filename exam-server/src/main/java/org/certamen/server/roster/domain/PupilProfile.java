package org.certamen.server.roster.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.certamen.engine.framework.CompetenceFramework;

/**
 * The pix a pupil earned per competence, as they shared it: through a profile-collection campaign
 * or a profile file the school or staff uploaded.
 *
 * @param pixByCompetence competence code ("1.1" … "5.2") to pix points, 0 to {@value #MAX_PIX}
 * @param sharedAt when the pupil shared it; the latest shared profile decides certifiability
 * @param source where it came from: {@code import} or {@code campaign:<campaignId>}
 */
public record PupilProfile(Map<String, Integer> pixByCompetence, Instant sharedAt, String source) {
  /** Most pix points a competence can hold: 8 levels of 8 pix. */
  public static final int MAX_PIX = 64;
  /** The source of a profile read from an uploaded file. */
  public static final String IMPORTED = "import";

  private static final CompetenceFramework FRAMEWORK = CompetenceFramework.crcn();

  /**
   * @throws IllegalArgumentException for a competence outside the framework or pix out of range:
   *     either would count towards certifiability
   */
  public PupilProfile {
    Objects.requireNonNull(sharedAt, "sharedAt");
    Objects.requireNonNull(source, "source");
    pixByCompetence = Map.copyOf(pixByCompetence);
    pixByCompetence.forEach((code, pix) -> {
      if (!isCompetence(code)) {
        throw new IllegalArgumentException("Not a competence of the framework: " + code);
      }
      if (pix < 0 || pix > MAX_PIX) {
        throw new IllegalArgumentException("Pix out of range for " + code + ": " + pix);
      }
    });
  }

  /** Whether the code names a competence of the framework (1.1 to 5.2). */
  public static boolean isCompetence(String code) {
    return FRAMEWORK.find(code).isPresent();
  }

  /** The competence's level, floor(pix / 8); 0 for a competence the profile does not name. */
  public int level(String code) {
    return org.certamen.engine.scoring.Certifiability.level(pixByCompetence.getOrDefault(code, 0));
  }

  public Certifiability certifiability() {
    return Certifiability.of(this);
  }
}

package org.certamen.server.campaigns.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a pupil sent, kept as it was: their profile then, and for an assessment their results.
 *
 * @param pixByCompetence the pupil's profile at that moment: the 16 competences' pix
 * @param masteryRate validated target skills / target skills, 0–1; null for a profile collection
 * @param subjects per subject of the parcours; empty for a profile collection
 */
public record Sending(Instant sentAt, Map<String, Integer> pixByCompetence, Double masteryRate,
    List<SubjectSnapshot> subjects) {

  public Sending {
    pixByCompetence = Map.copyOf(pixByCompetence);
    subjects = List.copyOf(subjects);
  }

  /** The tier teachers read: 1 for 0–20 %, 2 for 21–50 %, 3 for 51–80 %, 4 for 81–100 %. */
  public static int tier(double masteryRate) {
    long percent = Math.round(masteryRate * 100);
    return percent <= 20 ? 1 : percent <= 50 ? 2 : percent <= 80 ? 3 : 4;
  }

  /** The sum of the profile's pix. */
  public int totalPix() {
    return pixByCompetence.values().stream().mapToInt(Integer::intValue).sum();
  }
}

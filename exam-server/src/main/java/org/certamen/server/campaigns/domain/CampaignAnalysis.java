package org.certamen.server.campaigns.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an assessment's participants mastered, from the latest sending of each: per subject and per
 * competence, the share of target skills validated over all participants (skills validated /
 * skills targeted, summed), the least mastered subjects first.
 */
public record CampaignAnalysis(int participants, List<Mastery> subjects, List<Mastery> competences) {

  /**
   * One subject (its tube) or one competence.
   *
   * @param averageReachedLevel the mean level reached (subjects only; 0 for competences)
   */
  public record Mastery(String tube, String competence, int targetLevel, double masteryRate,
      double averageReachedLevel) {
  }

  public static CampaignAnalysis of(List<Sending> latestSendings) {
    Map<String, int[]> bySubject = new LinkedHashMap<>();
    Map<String, SubjectSnapshot> subjectOf = new LinkedHashMap<>();
    Map<String, int[]> byCompetence = new TreeMap<>();
    for (Sending sending : latestSendings) {
      for (SubjectSnapshot s : sending.subjects()) {
        String key = s.competence() + " " + s.tube();
        subjectOf.putIfAbsent(key, s);
        add(bySubject.computeIfAbsent(key, k -> new int[3]), s, s.reachedLevel());
        add(byCompetence.computeIfAbsent(s.competence(), k -> new int[3]), s, 0);
      }
    }
    List<Mastery> subjects = new ArrayList<>();
    bySubject.forEach((key, sums) -> {
      SubjectSnapshot s = subjectOf.get(key);
      subjects.add(new Mastery(s.tube(), s.competence(), s.targetLevel(), rate(sums),
          latestSendings.isEmpty() ? 0 : (double) sums[2] / latestSendings.size()));
    });
    subjects.sort(Comparator.comparingDouble(Mastery::masteryRate)
        .thenComparing(Mastery::competence).thenComparing(Mastery::tube));
    List<Mastery> competences = new ArrayList<>();
    byCompetence.forEach((code, sums) -> competences.add(new Mastery(null, code, 0, rate(sums), 0)));
    return new CampaignAnalysis(latestSendings.size(), subjects, competences);
  }

  /** sums: validated skills, target skills, reached levels. */
  private static void add(int[] sums, SubjectSnapshot s, int reachedLevel) {
    sums[0] += s.validatedSkills();
    sums[1] += s.targetSkills();
    sums[2] += reachedLevel;
  }

  private static double rate(int[] sums) {
    return sums[1] == 0 ? 0 : (double) sums[0] / sums[1];
  }
}

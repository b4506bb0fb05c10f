package org.certamen.engine.positioning;

import java.util.List;

/**
 * A named set of subjects a campaign assesses, shown to teachers under its {@code category}. The
 * {@code id} is stable (campaigns refer to it); names and descriptions are in French.
 */
public record Parcours(String id, String name, String category, String description,
    List<Subject> subjects) {

  public Parcours {
    subjects = List.copyOf(subjects);
  }

  /** The number of target skills the parcours has in {@code skills}: the mastery rate's denominator. */
  int targetSkillCount(Skills skills) {
    int count = 0;
    for (Subject subject : subjects) {
      count += skills.targetLevels(subject).length;
    }
    return count;
  }
}

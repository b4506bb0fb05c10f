package org.certamen.engine.bank;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a bank can serve whole tests to both pools. A test shows one item per tube and needs
 * {@code length} counted answers spread over every competence; a neutralised question is replaced
 * from the same competence. So each competence needs tubes for its even share of the answers
 * (⌈length / competences⌉) plus {@link #SPARE_TUBES_PER_COMPETENCE} for replacements and choice,
 * and the pool as a whole at least {@code length} + {@link #SPARE_TUBES_PER_COMPETENCE} tubes. A
 * tube counts for a pool when it holds at least one item of that pool.
 */
public final class BankCapacity {
  /** Tubes each competence needs beyond its share: replacements after neutralisations, and choice. */
  public static final int SPARE_TUBES_PER_COMPETENCE = 4;

  private BankCapacity() {
  }

  /**
   * What a pool lacks.
   *
   * @param competence the competence code, or null for the pool as a whole
   */
  public record Shortfall(ItemPool pool, String competence, int tubes, int needed) {
    /** One English line, e.g. "accessible pool, competence 1.1: 4 tubes, 6 needed (2 short)". */
    public String describe() {
      return String.format(Locale.ROOT, "%s pool, %s: %d tube%s, %d needed (%d short)",
          pool.name().toLowerCase(Locale.ROOT),
          competence == null ? "all competences" : "competence " + competence,
          tubes, tubes == 1 ? "" : "s", needed, needed - tubes);
    }
  }

  /** Every shortfall of the bank for tests of {@code length} counted answers; empty when it can serve. */
  public static List<Shortfall> check(ItemBank bank, int length) {
    int competences = bank.framework().size();
    int perCompetence = (length + competences - 1) / competences + SPARE_TUBES_PER_COMPETENCE;
    int overall = length + SPARE_TUBES_PER_COMPETENCE;
    List<Shortfall> shortfalls = new ArrayList<>();
    for (ItemPool pool : ItemPool.values()) {
      List<Set<Integer>> tubes = new ArrayList<>();
      for (int c = 0; c < competences; c++) {
        tubes.add(new HashSet<>());
      }
      Set<Integer> all = new HashSet<>();
      for (int i = 0; i < bank.size(); i++) {
        if (pool.contains(bank, i)) {
          tubes.get(bank.competenceIndex(i)).add(bank.tubeIndex(i));
          all.add(bank.tubeIndex(i));
        }
      }
      for (int c = 0; c < competences; c++) {
        if (tubes.get(c).size() < perCompetence) {
          shortfalls.add(new Shortfall(pool, bank.framework().competences().get(c).code(),
              tubes.get(c).size(), perCompetence));
        }
      }
      if (all.size() < overall) {
        shortfalls.add(new Shortfall(pool, null, all.size(), overall));
      }
    }
    return shortfalls;
  }

  /** The shortfalls as one English message, a line each, after a line that says what they mean. */
  public static String describe(List<Shortfall> shortfalls, int length) {
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
        "the bank cannot serve whole tests of %d questions (one item per tube, %d spare tubes per "
            + "competence for replacements); %d shortfall%s:", length, SPARE_TUBES_PER_COMPETENCE,
        shortfalls.size(), shortfalls.size() == 1 ? "" : "s"));
    shortfalls.forEach(shortfall -> text.append(System.lineSeparator()).append("  ")
        .append(shortfall.describe()));
    return text.toString();
  }
}

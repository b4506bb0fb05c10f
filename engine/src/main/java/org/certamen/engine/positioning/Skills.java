package org.certamen.engine.positioning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.WeakHashMap;
import org.certamen.engine.bank.Item;
import org.certamen.engine.bank.ItemBank;

/**
 * The bank seen as skills: a skill is a (competence, tube, level) with the items that test it.
 * Tubes are keyed by competence and name, since two competences may use the same tube name.
 * Built once per bank and shared, since runs are replayed on every request.
 */
final class Skills {
  static final int MIN_LEVEL = 1;
  static final int MAX_LEVEL = 8;

  private static final Map<ItemBank, Skills> BY_BANK =
      Collections.synchronizedMap(new WeakHashMap<>());

  private final Map<String, Tube> tubes;

  private Skills(Map<String, Tube> tubes) {
    this.tubes = tubes;
  }

  static Skills of(ItemBank bank) {
    return BY_BANK.computeIfAbsent(bank, Skills::build);
  }

  private static Skills build(ItemBank bank) {
    Map<String, TreeMap<Integer, List<Integer>>> byTube = new TreeMap<>();
    for (int i = 0; i < bank.size(); i++) {
      Item item = bank.item(i);
      byTube.computeIfAbsent(key(item.competence(), item.tube()), k -> new TreeMap<>())
          .computeIfAbsent(item.level(), l -> new ArrayList<>()).add(i);
    }
    Map<String, Tube> tubes = new TreeMap<>();
    byTube.forEach((key, levels) -> tubes.put(key, Tube.of(bank, levels)));
    return new Skills(tubes);
  }

  /** The tube, or null when the bank has no item in it. */
  Tube tube(String competence, String tube) {
    return tubes.get(key(competence, tube));
  }

  /** The tube of an item of the bank. */
  Tube tubeOf(Item item) {
    return tube(item.competence(), item.tube());
  }

  /** The subject's target skills: the levels of its tube up to its target level, ascending. */
  int[] targetLevels(Subject subject) {
    Tube tube = tube(subject.competence(), subject.tube());
    return tube == null ? new int[0] : tube.levelsUpTo(subject.targetLevel());
  }

  private static String key(String competence, String tube) {
    return competence + '\u0000' + tube;
  }

  /**
   * One tube: its levels ascending, the bank indices of the items of each level, and each level's
   * mean difficulty b (the 2PL difficulty of a skill tested by several items).
   */
  record Tube(int[] levels, int[][] items, double[] difficulties) {

    static Tube of(ItemBank bank, TreeMap<Integer, List<Integer>> byLevel) {
      int[] levels = new int[byLevel.size()];
      int[][] items = new int[byLevel.size()][];
      double[] difficulties = new double[byLevel.size()];
      int s = 0;
      for (Map.Entry<Integer, List<Integer>> level : byLevel.entrySet()) {
        levels[s] = level.getKey();
        items[s] = level.getValue().stream().mapToInt(Integer::intValue).toArray();
        double sum = 0;
        for (int index : items[s]) {
          sum += bank.difficulty(index);
        }
        difficulties[s] = sum / items[s].length;
        s++;
      }
      return new Tube(levels, items, difficulties);
    }

    /** Position of a level in {@link #levels()}, or −1 when the tube has no skill at it. */
    int position(int level) {
      for (int s = 0; s < levels.length; s++) {
        if (levels[s] == level) {
          return s;
        }
      }
      return -1;
    }

    int[] levelsUpTo(int targetLevel) {
      int count = 0;
      while (count < levels.length && levels[count] <= targetLevel) {
        count++;
      }
      return Arrays.copyOf(levels, count);
    }
  }
}

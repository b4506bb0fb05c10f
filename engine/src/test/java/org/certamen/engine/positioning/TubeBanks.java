package org.certamen.engine.positioning;

import java.util.ArrayList;
import java.util.List;
import org.certamen.engine.bank.Item;
import org.certamen.engine.bank.ItemBank;
import org.certamen.engine.bank.ItemType;
import org.certamen.engine.bank.Solution;
import org.certamen.engine.framework.CompetenceFramework;

/** Small banks of tubes for positioning tests: item ids read "competence-tube-level". */
final class TubeBanks {
  /** alpha: levels 1–6; beta: 1–3 (an easy tube); gamma: 3–5. */
  static final ItemBank THREE_TUBES = bank(
      tube("1.1", "alpha", 1, 2, 3, 4, 5, 6),
      tube("1.2", "beta", 1, 2, 3),
      tube("2.1", "gamma", 3, 4, 5));
  static final Subject ALPHA = new Subject("alpha", "1.1", 6);
  static final Subject BETA = new Subject("beta", "1.2", 3);
  static final Subject GAMMA = new Subject("gamma", "2.1", 5);

  private TubeBanks() {
  }

  /** One item per level, difficulty b = level − 4.5 (a = 1.5), as the demo bank roughly has. */
  static List<Item> tube(String competence, String tube, int... levels) {
    List<Item> items = new ArrayList<>();
    List<String> proposals = List.of("oui", "non");
    for (int level : levels) {
      items.add(new Item(id(competence, tube, level), competence, tube, "@" + tube + level, level,
          1.5, level - 4.5, ItemType.QCU, "Question " + tube + " " + level, proposals,
          Solution.parse(ItemType.QCU, "1", proposals), true));
    }
    return items;
  }

  static String id(String competence, String tube, int level) {
    return competence + "-" + tube + "-" + level;
  }

  @SafeVarargs
  static ItemBank bank(List<Item>... tubes) {
    List<Item> items = new ArrayList<>();
    for (List<Item> tube : tubes) {
      items.addAll(tube);
    }
    return new ItemBank("test", CompetenceFramework.crcn(), items);
  }

  static Parcours parcours(Subject... subjects) {
    return new Parcours("test", "Parcours d'essai", "Essais", "Pour les tests.", List.of(subjects));
  }
}

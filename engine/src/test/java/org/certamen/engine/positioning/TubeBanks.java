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

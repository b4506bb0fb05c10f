package org.certamen.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import org.certamen.engine.bank.Item;
import org.certamen.engine.bank.ItemBank;
import org.certamen.engine.bank.ItemType;
import org.certamen.engine.bank.Solution;
import org.certamen.engine.framework.Competence;
import org.certamen.engine.framework.CompetenceFramework;

/** Small hand-made banks for tests. */
public final class TestBanks {
  private TestBanks() {
  }

  /** A single-choice item whose correct proposal is "2". */
  public static Item item(String id, String competence, String tube, double a, double b) {
    List<String> proposals = List.of("oui", "non", "peut-être");
    return new Item(id, competence, tube, "@" + tube, 3, a, b, ItemType.QCU, "Question " + id,
        proposals, Solution.parse(ItemType.QCU, "2", proposals), true);
  }

  /** A bank of the given items against the CRCN. */
  public static ItemBank bank(Item... items) {
    return new ItemBank("test", CompetenceFramework.crcn(), List.of(items));
  }

  /**
   * A random bank with {@code perCompetence} items in each CRCN competence, one tube per item pair,
   * discriminations in [0.8, 2.2] and difficulties in [−3.5, 3.5].
   */
  public static ItemBank random(int perCompetence, long seed) {
    return random(perCompetence, seed, i -> true);
  }

  /** {@link #random(int, long)} with only the items whose position in their competence passes marked accessible. */
  public static ItemBank random(int perCompetence, long seed, IntPredicate accessible) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Item> items = new ArrayList<>();
    for (Competence competence : CompetenceFramework.crcn().competences()) {
      for (int i = 0; i < perCompetence; i++) {
        String id = competence.code() + "-" + i;
        Item item = item(id, competence.code(), competence.code() + "-t" + (i / 2),
            0.8 + 1.4 * random.nextDouble(), -3.5 + 7 * random.nextDouble());
        items.add(new Item(item.id(), item.competence(), item.tube(), item.skill(), item.level(),
            item.discrimination(), item.difficulty(), item.type(), item.instruction(),
            item.proposals(), item.solution(), accessible.test(i)));
      }
    }
    return new ItemBank("random", CompetenceFramework.crcn(), items);
  }
}

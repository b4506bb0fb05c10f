package org.certamen.engine.bank;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.certamen.engine.framework.CompetenceFramework;

/**
 * A validated set of items. Each item has a dense index (its position in {@link #items()}), and
 * each competence and tube a dense index too, so that the engine's inner loops use arrays.
 */
public final class ItemBank {
  private final String version;
  private final CompetenceFramework framework;
  private final List<Item> items;
  private final Map<String, Integer> indexById = new HashMap<>();
  private final int[] competenceIndex;
  private final int[] tubeIndex;
  private final double[] discriminations;
  private final double[] difficulties;
  private final double[] logDiscriminations;
  private final boolean[] accessible;
  private final int[] byDiscrimination;
  private final int tubeCount;

  /** Builds a bank from items already validated by {@link BankReader}. */
  public ItemBank(String version, CompetenceFramework framework, List<Item> items) {
    this.version = version;
    this.framework = framework;
    this.items = List.copyOf(items);
    this.competenceIndex = new int[items.size()];
    this.tubeIndex = new int[items.size()];
    this.discriminations = new double[items.size()];
    this.difficulties = new double[items.size()];
    this.logDiscriminations = new double[items.size()];
    this.accessible = new boolean[items.size()];
    Map<String, Integer> tubes = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      if (indexById.put(item.id(), i) != null) {
        throw new IllegalArgumentException("Duplicate item id " + item.id());
      }
      competenceIndex[i] = framework.indexOf(item.competence());
      if (competenceIndex[i] < 0) {
        throw new IllegalArgumentException("Unknown competence " + item.competence());
      }
      tubeIndex[i] = tubes.computeIfAbsent(item.tube(), t -> tubes.size());
      discriminations[i] = item.discrimination();
      difficulties[i] = item.difficulty();
      logDiscriminations[i] = Math.log(item.discrimination());
      accessible[i] = item.accessible();
    }
    this.tubeCount = tubes.size();
    this.byDiscrimination = IntStream.range(0, items.size()).boxed()
        .sorted(Comparator.comparingDouble((Integer i) -> -discriminations[i])
            .thenComparingInt(i -> i))
        .mapToInt(Integer::intValue).toArray();
  }

  public String version() {
    return version;
  }

  public CompetenceFramework framework() {
    return framework;
  }

  public List<Item> items() {
    return items;
  }

  public int size() {
    return items.size();
  }

  public Item item(int index) {
    return items.get(index);
  }

  public Optional<Item> find(String id) {
    Integer index = indexById.get(id);
    return index == null ? Optional.empty() : Optional.of(items.get(index));
  }

  /** Dense index of an item id, or -1 when the bank has no such item. */
  public int indexOf(String id) {
    Integer index = indexById.get(id);
    return index == null ? -1 : index;
  }

  /** Position of the item's competence in the framework. */
  public int competenceIndex(int itemIndex) {
    return competenceIndex[itemIndex];
  }

  public int tubeIndex(int itemIndex) {
    return tubeIndex[itemIndex];
  }

  /** The item's 2PL discrimination a, read from a flat array for the selection loops. */
  public double discrimination(int itemIndex) {
    return discriminations[itemIndex];
  }

  /** The item's 2PL difficulty b, read from a flat array for the selection loops. */
  public double difficulty(int itemIndex) {
    return difficulties[itemIndex];
  }

  /** log a, so that a selection loop can bound an item's information without calling exp. */
  public double logDiscrimination(int itemIndex) {
    return logDiscriminations[itemIndex];
  }

  /**
   * The index of the item of that rank by decreasing discrimination (ties in bank order). An item's
   * information never exceeds a²/4, so a selector scanning in this order can stop as soon as a²/4
   * no longer beats what it has found.
   */
  public int itemByDiscrimination(int rank) {
    return byDiscrimination[rank];
  }

  /** True when the item may be served to a candidate who needs arrangements. */
  public boolean isAccessible(int itemIndex) {
    return accessible[itemIndex];
  }

  public int tubeCount() {
    return tubeCount;
  }

  /** Items of one competence, in bank order. */
  public List<Item> itemsOf(String competenceCode) {
    List<Item> result = new ArrayList<>();
    for (Item item : items) {
      if (item.competence().equals(competenceCode)) {
        result.add(item);
      }
    }
    return Collections.unmodifiableList(result);
  }
}

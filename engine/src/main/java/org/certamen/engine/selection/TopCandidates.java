package org.certamen.engine.selection;

import java.util.Arrays;

/** The best few items by a criterion, kept in descending order without allocating per decision. */
final class TopCandidates {
  private final int[] items;
  private final double[] values;
  private int size;
  private int limit;

  TopCandidates(int capacity) {
    items = new int[capacity];
    values = new double[capacity];
    limit = capacity;
  }

  void clear() {
    clear(items.length);
  }

  /** Empties the list and keeps at most {@code limit} (≤ capacity) items from now on. */
  void clear(int limit) {
    size = 0;
    this.limit = Math.min(limit, items.length);
  }

  /** The value an offer must beat to enter, or −∞ while there is room. */
  double threshold() {
    return size < limit ? Double.NEGATIVE_INFINITY : values[size - 1];
  }

  int size() {
    return size;
  }

  int item(int rank) {
    return items[rank];
  }

  /** Offers an item; on equal values the earlier offer ranks first. */
  void offer(int item, double value) {
    if (size == limit && value <= values[size - 1]) {
      return;
    }
    int position = size == limit ? size - 1 : size++;
    while (position > 0 && values[position - 1] < value) {
      items[position] = items[position - 1];
      values[position] = values[position - 1];
      position--;
    }
    items[position] = item;
    values[position] = value;
  }

  @Override
  public String toString() {
    return Arrays.toString(Arrays.copyOf(items, size));
  }
}

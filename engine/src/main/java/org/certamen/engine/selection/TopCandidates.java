package org.certamen.engine.selection;

import java.util.Arrays;

/** The best few items by a criterion, kept in descending order without allocating per decision. */
final class TopCandidates {
  private final int[] items;
  private final double[] values;
  private int size;

  TopCandidates(int capacity) {
    items = new int[capacity];
    values = new double[capacity];
  }

  void clear() {
    size = 0;
  }

  int size() {
    return size;
  }

  int item(int rank) {
    return items[rank];
  }

  /** Offers an item; on equal values the earlier offer ranks first. */
  void offer(int item, double value) {
    if (size == items.length && value <= values[size - 1]) {
      return;
    }
    int position = size == items.length ? size - 1 : size++;
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

package org.certamen.engine.bank;

/**
 * The items a candidate may be served. A candidate who needs arrangements is served only items
 * marked {@code accessible}, under the same design rules, with exposure counted on that pool.
 */
public enum ItemPool {
  /** Every item of the bank. */
  STANDARD,
  /** Only the items marked {@code accessible: true}. */
  ACCESSIBLE;

  /** The pool of a candidate, from the enrolment's {@code needsAccessibility}. */
  public static ItemPool of(boolean needsAccessibility) {
    return needsAccessibility ? ACCESSIBLE : STANDARD;
  }

  /** True when the item (by dense index) belongs to this pool. */
  public boolean contains(ItemBank bank, int itemIndex) {
    return this == STANDARD || bank.isAccessible(itemIndex);
  }
}

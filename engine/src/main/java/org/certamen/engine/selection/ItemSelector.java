package org.certamen.engine.selection;

/** Picks the next item of an adaptive test. */
public interface ItemSelector {

  /** The index of the next item, or -1 when no item of the bank can be shown. */
  int select(SelectionContext context);
}

package org.certamen.engine.estimation;

/** One candidate's running ability estimate, updated answer by answer. */
public interface Estimation {

  /** Records a scored answer on an item of the bank (by dense index). */
  void add(int itemIndex, boolean correct);

  /** The estimate after every answer added so far (the starting estimate before any). */
  AbilityEstimate estimate();

  /** An independent estimation in the same state, in O(grid): later adds to one leave the other. */
  Estimation copy();
}

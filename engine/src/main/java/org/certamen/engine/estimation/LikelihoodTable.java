package org.certamen.engine.estimation;

import org.certamen.engine.bank.ItemBank;
import org.certamen.engine.irt.TwoParameterLogistic;

/**
 * log P and log Q of every item at every grid node, computed once per bank and shared by every
 * candidate, so that recording an answer is one O(K) row addition with no exp or log.
 */
public final class LikelihoodTable {
  private final QuadratureGrid grid;
  private final double[] nodes;
  private final double[] logCorrect;
  private final double[] logWrong;

  public LikelihoodTable(ItemBank bank, QuadratureGrid grid) {
    this.grid = grid;
    this.nodes = grid.nodes();
    int size = grid.size();
    this.logCorrect = new double[bank.size() * size];
    this.logWrong = new double[bank.size() * size];
    for (int i = 0; i < bank.size(); i++) {
      double a = bank.item(i).discrimination();
      double b = bank.item(i).difficulty();
      for (int k = 0; k < size; k++) {
        logCorrect[i * size + k] = TwoParameterLogistic.logProbability(nodes[k], a, b);
        logWrong[i * size + k] = TwoParameterLogistic.logComplement(nodes[k], a, b);
      }
    }
  }

  public QuadratureGrid grid() {
    return grid;
  }

  /** The grid's nodes; callers must not modify the array. */
  double[] nodes() {
    return nodes;
  }

  /** Adds item {@code itemIndex}'s log-likelihood row for the given outcome. */
  void addTo(double[] logLikelihood, int itemIndex, boolean correct) {
    double[] rows = correct ? logCorrect : logWrong;
    int offset = itemIndex * nodes.length;
    for (int k = 0; k < nodes.length; k++) {
      logLikelihood[k] += rows[offset + k];
    }
  }
}

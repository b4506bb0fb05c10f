package org.certamen.engine.positioning;

import java.util.SplittableRandom;
import org.certamen.engine.irt.TwoParameterLogistic;

/**
 * Our design. A tube's answers are monotone in level, so finding where a pupil stands in a tube is
 * a search for a threshold among its undetermined skills. With the posterior of θ (2PL, every
 * direct answer so far, prior N(0, 1)), the threshold's distribution is known: the pupil masters
 * skill k when θ ≥ b_k, so P(threshold = m) = F(b_{m+1}) − F(b_m) with F the posterior CDF. For each
 * tube the skill to ask is the root of the search tree with the fewest expected questions under
 * that distribution (an optimal alphabetic tree, found by dynamic programming over intervals: a
 * tube has at most 8 skills). Between tubes, the question that tells most about θ goes first (the
 * largest Fisher information at the EAP), so that later tubes are searched with a sharper
 * distribution.
 */
final class BisectionDesign extends PositioningDesign {
  static final BisectionDesign INSTANCE = new BisectionDesign();

  private BisectionDesign() {
    super("certamen");
  }

  @Override
  int[] nextSkill(RunState state, SplittableRandom random) {
    double[] weights = state.posterior();
    double eap = 0;
    // below[k] = Σ_{i<k} w_i, so that the posterior CDF at any b costs O(1).
    double[] below = new double[weights.length + 1];
    for (int k = 0; k < weights.length; k++) {
      eap += RunState.GRID.node(k) * weights[k];
      below[k + 1] = below[k] + weights[k];
    }
    int[] best = null;
    double bestInformation = Double.NEGATIVE_INFINITY;
    int ties = 0;
    for (int j = 0; j < state.levels.length; j++) {
      int skill = searchRoot(state, j, below);
      if (skill < 0) {
        continue;
      }
      int item = state.askableItems(j, skill)[0];
      double information = TwoParameterLogistic.information(eap, state.bank.discrimination(item),
          state.difficulty(j, skill));
      if (information > bestInformation) {
        bestInformation = information;
        best = new int[] {j, skill};
        ties = 1;
      } else if (information == bestInformation && random.nextInt(++ties) == 0) {
        // Reservoir sampling: each of the tied subjects is kept with the same probability.
        best = new int[] {j, skill};
      }
    }
    return best;
  }

  /**
   * The skill (position in the subject) at the root of the optimal search tree over the subject's
   * undetermined skills, or −1 when none of them may be asked.
   */
  static int searchRoot(RunState state, int subject, double[] below) {
    byte[] status = state.status[subject];
    int n = 0;
    int[] open = new int[status.length];
    for (int s = 0; s < status.length; s++) {
      if (status[s] == KnowledgeElements.UNDETERMINED) {
        open[n++] = s;
      }
    }
    boolean[] askable = new boolean[n + 1];
    boolean any = false;
    for (int i = 1; i <= n; i++) {
      askable[i] = state.isCandidate(subject, open[i - 1]);
      any |= askable[i];
    }
    if (!any) {
      return -1;
    }
    // mass[m]: probability that the pupil masters exactly the first m open skills.
    double[] mass = new double[n + 1];
    double lower = 0;
    for (int m = 0; m <= n; m++) {
      double upper = m == n ? 1 : cdf(below, state.difficulty(subject, open[m]));
      // A tube whose difficulties are not increasing would give a negative mass: clamp it.
      mass[m] = Math.max(0, upper - lower);
      lower = Math.max(lower, upper);
    }
    // cost[i][j] = Σ mass over i..j × expected questions to find a threshold in [i, j]; keeping
    // it unnormalised avoids dividing by a mass that may be 0.
    double[][] cost = new double[n + 1][n + 1];
    int[][] root = new int[n + 1][n + 1];
    for (int width = 1; width <= n; width++) {
      for (int i = 0; i + width <= n; i++) {
        int j = i + width;
        double total = 0;
        for (int m = i; m <= j; m++) {
          total += mass[m];
        }
        double best = Double.POSITIVE_INFINITY;
        for (int k = i + 1; k <= j; k++) {
          // Asking open skill k: right, the threshold is in [k, j]; wrong, in [i, k − 1].
          if (askable[k] && cost[k][j] + cost[i][k - 1] < best) {
            best = cost[k][j] + cost[i][k - 1];
            root[i][j] = k;
          }
        }
        cost[i][j] = best == Double.POSITIVE_INFINITY ? 0 : total + best;
      }
    }
    return open[root[0][n] - 1];
  }

  /**
   * P(θ &lt; b) under the posterior, each node's weight spread evenly over the cell around it so
   * that F is continuous in b rather than a staircase of the grid's step.
   *
   * @param below cumulative weights: below[k] = Σ_{i<k} w_i, below[K] = 1
   */
  static double cdf(double[] below, double b) {
    int nodes = below.length - 1;
    // Cell k spans [θ_k − step/2, θ_k + step/2); position counts cells from the first one's start.
    double position = (b - RunState.GRID.lower()) / RunState.GRID.step() + 0.5;
    if (position <= 0) {
      return 0;
    }
    if (position >= nodes) {
      return 1;
    }
    int k = (int) position;
    return below[k] + (below[k + 1] - below[k]) * (position - k);
  }
}

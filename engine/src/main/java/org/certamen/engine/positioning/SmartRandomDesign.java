package org.certamen.engine.positioning;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The national positioning algorithm ("smart random"), written from its public description:
 * <ol>
 *   <li>candidates are the target skills not yet determined; skills of "easy" tubes (whose highest
 *   target level is at most {@value #EASY_TUBE_MAX_LEVEL}) go first while any is left;</li>
 *   <li>the first question is at level {@value #FIRST_LEVEL} (else the lowest level there is);</li>
 *   <li>afterwards a level is predicted from the direct answers: among 0.5, 1, …, 7.5, the level ℓ
 *   whose expected score Σ σ(ℓ − levelᵢ) is closest to the actual one, counting two virtual
 *   answers (right at level 0, wrong at level 7) so that ℓ stays finite; skills more than
 *   {@value #MAX_LEVELS_ABOVE_PREDICTED} levels above ℓ are set aside;</li>
 *   <li>each candidate's reward is the number of skills its answer would determine, expected with
 *   p = σ(ℓ − level): p × (undetermined skills at or below it) + (1 − p) × (at or above it);
 *   one of the most rewarding is drawn at random;</li>
 *   <li>the run ends when no candidate is left.</li>
 * </ol>
 * The level scale is the skills' own (1–8), with a logistic of slope 1 per level: it ignores the
 * items' calibrations. Timed questions are not chained in the national algorithm; the bank has no
 * timed question, so that rule has nothing to act on here.
 */
final class SmartRandomDesign extends PositioningDesign {
  static final SmartRandomDesign INSTANCE = new SmartRandomDesign();

  static final int FIRST_LEVEL = 2;
  static final int EASY_TUBE_MAX_LEVEL = 3;
  static final int MAX_LEVELS_ABOVE_PREDICTED = 2;
  private static final double LOWEST_PREDICTED = 0.5;
  private static final double HIGHEST_PREDICTED = 7.5;
  private static final double PREDICTED_STEP = 0.5;
  /** The virtual answers that keep the predicted level finite: right at 0, wrong at 7. */
  private static final int EASIEST_VIRTUAL_LEVEL = 0;
  private static final int HARDEST_VIRTUAL_LEVEL = 7;

  private SmartRandomDesign() {
    super("national");
  }

  @Override
  int[] nextSkill(RunState state, SplittableRandom random) {
    List<int[]> candidates = easyTubesFirst(state, candidates(state));
    if (state.answers.isEmpty()) {
      return pick(firstLevel(state, candidates), random);
    }
    double predicted = predictedLevel(state);
    candidates.removeIf(c -> state.levels[c[0]][c[1]] - predicted > MAX_LEVELS_ABOVE_PREDICTED);
    return pick(mostRewarding(state, candidates, predicted), random);
  }

  private static List<int[]> candidates(RunState state) {
    List<int[]> candidates = new ArrayList<>();
    for (int j = 0; j < state.levels.length; j++) {
      for (int s = 0; s < state.levels[j].length; s++) {
        if (state.isCandidate(j, s)) {
          candidates.add(new int[] {j, s});
        }
      }
    }
    return candidates;
  }

  private static List<int[]> easyTubesFirst(RunState state, List<int[]> candidates) {
    List<int[]> easy = new ArrayList<>();
    for (int[] c : candidates) {
      int[] levels = state.levels[c[0]];
      if (levels[levels.length - 1] <= EASY_TUBE_MAX_LEVEL) {
        easy.add(c);
      }
    }
    return easy.isEmpty() ? candidates : easy;
  }

  private static List<int[]> firstLevel(RunState state, List<int[]> candidates) {
    List<int[]> chosen = new ArrayList<>();
    int best = Integer.MAX_VALUE;
    for (int[] c : candidates) {
      int level = state.levels[c[0]][c[1]];
      // Level 2 ranks before every other level; the others rank by level.
      int rank = level == FIRST_LEVEL ? Integer.MIN_VALUE : level;
      if (rank < best) {
        best = rank;
        chosen.clear();
      }
      if (rank == best) {
        chosen.add(c);
      }
    }
    return chosen;
  }

  /** The level among 0.5, 1, …, 7.5 whose expected score is closest to the actual score. */
  static double predictedLevel(RunState state) {
    double best = LOWEST_PREDICTED;
    double smallestGap = Double.POSITIVE_INFINITY;
    for (double level = LOWEST_PREDICTED; level <= HIGHEST_PREDICTED; level += PREDICTED_STEP) {
      double gap = (1 - sigmoid(level - EASIEST_VIRTUAL_LEVEL))
          - sigmoid(level - HARDEST_VIRTUAL_LEVEL);
      for (int e = 0; e < state.evidenceCount; e++) {
        gap += (state.evidenceCorrect[e] ? 1 : 0) - sigmoid(level - state.evidenceLevels[e]);
      }
      if (Math.abs(gap) < smallestGap) {
        smallestGap = Math.abs(gap);
        best = level;
      }
    }
    return best;
  }

  private static List<int[]> mostRewarding(RunState state, List<int[]> candidates,
      double predicted) {
    List<int[]> best = new ArrayList<>();
    double bestReward = Double.NEGATIVE_INFINITY;
    for (int[] c : candidates) {
      byte[] status = state.status[c[0]];
      int atOrBelow = 0;
      int atOrAbove = 0;
      for (int s = 0; s < status.length; s++) {
        if (status[s] == KnowledgeElements.UNDETERMINED) {
          atOrBelow += s <= c[1] ? 1 : 0;
          atOrAbove += s >= c[1] ? 1 : 0;
        }
      }
      double p = sigmoid(predicted - state.levels[c[0]][c[1]]);
      double reward = p * atOrBelow + (1 - p) * atOrAbove;
      if (reward > bestReward) {
        bestReward = reward;
        best.clear();
      }
      if (reward == bestReward) {
        best.add(c);
      }
    }
    return best;
  }

  private static int[] pick(List<int[]> skills, SplittableRandom random) {
    return skills.isEmpty() ? null : skills.get(random.nextInt(skills.size()));
  }

  private static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }
}

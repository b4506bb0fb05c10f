package org.certamen.engine.positioning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.certamen.engine.bank.Item;
import org.certamen.engine.bank.ItemBank;
import org.certamen.engine.estimation.Posterior;
import org.certamen.engine.estimation.Prior;
import org.certamen.engine.estimation.QuadratureGrid;
import org.certamen.engine.irt.TwoParameterLogistic;

/**
 * What a positioning run knows, for the designs to read: per subject, the target skills (ascending
 * level) and their knowledge elements; which items may still be asked; the direct answers so far
 * (those kept from an earlier run included) as 2PL log-likelihood over a grid. Mutable, but a
 * {@link PositioningRun} copies it before each change and never lets it out. Target skills are
 * the lowest skills of their tube, so a skill has the same position in both.
 */
final class RunState {
  static final QuadratureGrid GRID = QuadratureGrid.standard();
  static final Prior PRIOR = Prior.STANDARD_NORMAL;

  final ItemBank bank;
  final Parcours parcours;
  final Skills.Tube[] tubes;
  /** Per subject, the target skills' levels, ascending. */
  final int[][] levels;
  final byte[][] status;
  final boolean[][] direct;
  /** Items that may be asked: all target items in a first run, those failed or skipped in a retry. */
  final BitSet askable;
  final BitSet answeredInRun;
  final List<PositioningAnswer> answers;
  /** Direct evidence: the skill level and outcome of each answer the design may learn from. */
  int evidenceCount;
  int[] evidenceLevels;
  boolean[] evidenceCorrect;
  final double[] logLikelihood;

  private RunState(ItemBank bank, Parcours parcours, Skills.Tube[] tubes, int[][] levels,
      byte[][] status, boolean[][] direct, BitSet askable, BitSet answeredInRun,
      List<PositioningAnswer> answers, int evidenceCount, int[] evidenceLevels,
      boolean[] evidenceCorrect, double[] logLikelihood) {
    this.bank = bank;
    this.parcours = parcours;
    this.tubes = tubes;
    this.levels = levels;
    this.status = status;
    this.direct = direct;
    this.askable = askable;
    this.answeredInRun = answeredInRun;
    this.answers = answers;
    this.evidenceCount = evidenceCount;
    this.evidenceLevels = evidenceLevels;
    this.evidenceCorrect = evidenceCorrect;
    this.logLikelihood = logLikelihood;
  }

  /** Nothing known yet, every target item askable. */
  static RunState fresh(ItemBank bank, Parcours parcours) {
    Skills skills = Skills.of(bank);
    int subjects = parcours.subjects().size();
    Skills.Tube[] tubes = new Skills.Tube[subjects];
    int[][] levels = new int[subjects][];
    byte[][] status = new byte[subjects][];
    boolean[][] direct = new boolean[subjects][];
    BitSet askable = new BitSet(bank.size());
    for (int j = 0; j < subjects; j++) {
      Subject subject = parcours.subjects().get(j);
      tubes[j] = skills.tube(subject.competence(), subject.tube());
      if (tubes[j] == null) {
        throw new IllegalArgumentException("Parcours " + parcours.id() + ": the bank has no tube "
            + subject.tube() + " in competence " + subject.competence());
      }
      levels[j] = skills.targetLevels(subject);
      status[j] = new byte[levels[j].length];
      direct[j] = new boolean[levels[j].length];
      for (int s = 0; s < levels[j].length; s++) {
        for (int item : tubes[j].items()[s]) {
          askable.set(item);
        }
      }
    }
    return new RunState(bank, parcours, tubes, levels, status, direct, askable,
        new BitSet(bank.size()), new ArrayList<>(), 0, new int[8], new boolean[8],
        new double[GRID.size()]);
  }

  /**
   * A retry after {@code previous} (every answer of the earlier runs, oldest first; the latest
   * answer to an item counts): validated skills stay validated, with their direct answers kept as
   * evidence; only the items whose latest answer was wrong or skipped may be asked again.
   */
  static RunState retry(ItemBank bank, Parcours parcours, List<PositioningAnswer> previous) {
    RunState state = fresh(bank, parcours);
    for (PositioningAnswer answer : previous) {
      int[] at = state.locate(answer.itemId());
      KnowledgeElements.record(state.status[at[0]], state.direct[at[0]], at[1],
          answer.outcome().isCorrect());
    }
    // What was validated stays; what was invalidated is open again.
    for (int j = 0; j < state.levels.length; j++) {
      for (int s = 0; s < state.levels[j].length; s++) {
        if (state.status[j][s] != KnowledgeElements.VALIDATED) {
          state.status[j][s] = KnowledgeElements.UNDETERMINED;
          state.direct[j][s] = false;
        }
      }
    }
    state.askable.clear();
    BitSet seen = new BitSet(bank.size());
    for (int a = previous.size() - 1; a >= 0; a--) {
      PositioningAnswer answer = previous.get(a);
      int index = bank.indexOf(answer.itemId());
      if (seen.get(index)) {
        continue;
      }
      // The latest answer to each item: right, it is evidence; wrong or skipped, it is asked again.
      seen.set(index);
      int[] at = state.locate(answer.itemId());
      if (answer.outcome().isCorrect()) {
        state.addEvidence(index, state.levels[at[0]][at[1]], true);
      } else if (state.status[at[0]][at[1]] != KnowledgeElements.VALIDATED) {
        state.askable.set(index);
      }
    }
    return state;
  }

  RunState copy() {
    byte[][] statusCopy = new byte[status.length][];
    boolean[][] directCopy = new boolean[direct.length][];
    for (int j = 0; j < status.length; j++) {
      statusCopy[j] = status[j].clone();
      directCopy[j] = direct[j].clone();
    }
    return new RunState(bank, parcours, tubes, levels, statusCopy, directCopy,
        (BitSet) askable.clone(), (BitSet) answeredInRun.clone(), new ArrayList<>(answers),
        evidenceCount, evidenceLevels.clone(), evidenceCorrect.clone(), logLikelihood.clone());
  }

  /** {subject, skill position} of a target item of the parcours. */
  int[] locate(String itemId) {
    int index = bank.indexOf(itemId);
    if (index < 0) {
      throw new IllegalArgumentException("No item " + itemId + " in the bank");
    }
    Item item = bank.item(index);
    List<Subject> subjects = parcours.subjects();
    for (int j = 0; j < subjects.size(); j++) {
      Subject subject = subjects.get(j);
      if (subject.competence().equals(item.competence()) && subject.tube().equals(item.tube())) {
        int s = Arrays.binarySearch(levels[j], item.level());
        if (s >= 0) {
          return new int[] {j, s};
        }
      }
    }
    throw new IllegalArgumentException("Item " + itemId + " tests no target skill of parcours "
        + parcours.id());
  }

  /** Applies an answer, which must be to an askable item of an undetermined skill. */
  void record(PositioningAnswer answer) {
    int[] at = locate(answer.itemId());
    int index = bank.indexOf(answer.itemId());
    if (!askable.get(index) || answeredInRun.get(index)
        || status[at[0]][at[1]] != KnowledgeElements.UNDETERMINED) {
      throw new IllegalArgumentException("Item " + answer.itemId() + " is not to be asked now");
    }
    boolean correct = answer.outcome().isCorrect();
    KnowledgeElements.record(status[at[0]], direct[at[0]], at[1], correct);
    answeredInRun.set(index);
    answers.add(answer);
    addEvidence(index, levels[at[0]][at[1]], correct);
  }

  private void addEvidence(int itemIndex, int level, boolean correct) {
    if (evidenceCount == evidenceLevels.length) {
      evidenceLevels = Arrays.copyOf(evidenceLevels, 2 * evidenceCount);
      evidenceCorrect = Arrays.copyOf(evidenceCorrect, 2 * evidenceCount);
    }
    evidenceLevels[evidenceCount] = level;
    evidenceCorrect[evidenceCount] = correct;
    evidenceCount++;
    double a = bank.discrimination(itemIndex);
    double b = bank.difficulty(itemIndex);
    for (int k = 0; k < logLikelihood.length; k++) {
      double theta = GRID.node(k);
      logLikelihood[k] += correct ? TwoParameterLogistic.logProbability(theta, a, b)
          : TwoParameterLogistic.logComplement(theta, a, b);
    }
  }

  /** True when the skill is undetermined and one of its items may still be asked in this run. */
  boolean isCandidate(int subject, int skill) {
    return status[subject][skill] == KnowledgeElements.UNDETERMINED
        && firstAskableItem(subject, skill) >= 0;
  }

  /** The askable items of a skill not yet answered in this run, in bank order. */
  int[] askableItems(int subject, int skill) {
    return Arrays.stream(tubes[subject].items()[skill])
        .filter(i -> askable.get(i) && !answeredInRun.get(i)).toArray();
  }

  private int firstAskableItem(int subject, int skill) {
    for (int i : tubes[subject].items()[skill]) {
      if (askable.get(i) && !answeredInRun.get(i)) {
        return i;
      }
    }
    return -1;
  }

  /** The 2PL difficulty of a target skill (its items' mean). */
  double difficulty(int subject, int skill) {
    return tubes[subject].difficulties()[skill];
  }

  /** Normalised posterior weights of θ over {@link #GRID}, prior N(0, 1). */
  double[] posterior() {
    double[] logDensity = new double[logLikelihood.length];
    for (int k = 0; k < logDensity.length; k++) {
      logDensity[k] = logLikelihood[k] + PRIOR.logDensity(GRID.node(k));
    }
    double[] weights = new double[logDensity.length];
    Posterior.normalise(logDensity, weights);
    return weights;
  }
}

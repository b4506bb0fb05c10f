package org.certamen.engine.positioning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.certamen.engine.bank.Item;
import org.certamen.engine.bank.ItemBank;

/**
 * One pupil's positioning on a parcours: the questions asked, the knowledge elements they give,
 * and the next question. Immutable; deterministic given its seed and answers, so a server stores
 * only those and rebuilds the run by {@link #replay} (runs are a few dozen answers).
 */
public final class PositioningRun {
  /** Spreads consecutive answer counts over the seed space (the golden ratio, 2⁶⁴ / φ). */
  private static final long STEP_MIX = 0x9E3779B97F4A7C15L;

  private final PositioningDesign design;
  private final long seed;
  private final RunState state;
  private final Item next;

  private PositioningRun(PositioningDesign design, long seed, RunState state) {
    this.design = design;
    this.seed = seed;
    this.state = state;
    this.next = chooseNext();
  }

  /**
   * The run after these answers, oldest first.
   *
   * @throws IllegalArgumentException when an answer is to an item the run could not ask then (not
   *     a target skill of the parcours, or a skill already determined)
   */
  public static PositioningRun replay(ItemBank bank, Parcours parcours, PositioningDesign design,
      long seed, List<PositioningAnswer> answers) {
    return replayOnto(design, seed, RunState.fresh(bank, parcours), answers);
  }

  /**
   * A new run that keeps what earlier runs validated and asks again only the items whose latest
   * answer was wrong or skipped.
   *
   * @param previousRunAnswers every answer of the earlier runs on this parcours, oldest first
   *     (the latest answer to an item counts)
   */
  public static PositioningRun retry(ItemBank bank, Parcours parcours, PositioningDesign design,
      long seed, List<PositioningAnswer> previousRunAnswers) {
    return new PositioningRun(design, seed, RunState.retry(bank, parcours, previousRunAnswers));
  }

  /** {@link #retry} followed by the answers given since, oldest first. */
  public static PositioningRun retry(ItemBank bank, Parcours parcours, PositioningDesign design,
      long seed, List<PositioningAnswer> previousRunAnswers, List<PositioningAnswer> answers) {
    return replayOnto(design, seed, RunState.retry(bank, parcours, previousRunAnswers), answers);
  }

  private static PositioningRun replayOnto(PositioningDesign design, long seed, RunState state,
      List<PositioningAnswer> answers) {
    // The choices in between do not matter for the state: apply every answer, choose once.
    for (PositioningAnswer answer : answers) {
      state.record(answer);
    }
    return new PositioningRun(design, seed, state);
  }

  private Item chooseNext() {
    SplittableRandom random = new SplittableRandom(seed + STEP_MIX * (state.answers.size() + 1));
    int[] skill = design.nextSkill(state, random);
    if (skill == null) {
      return null;
    }
    int[] items = state.askableItems(skill[0], skill[1]);
    return state.bank.item(items[random.nextInt(items.length)]);
  }

  /** The question to ask now, empty once the run is over. */
  public Optional<Item> nextItem() {
    return Optional.ofNullable(next);
  }

  public boolean isOver() {
    return next == null;
  }

  /**
   * The run after one more answer. The caller checks that it answers {@link #nextItem()}; any item
   * of an undetermined target skill is accepted, so that stored runs still replay if the design's
   * choices change.
   *
   * @throws IllegalArgumentException when the item could not be asked now
   */
  public PositioningRun record(PositioningAnswer answer) {
    RunState copy = state.copy();
    copy.record(answer);
    return new PositioningRun(design, seed, copy);
  }

  /** The answers given in this run, oldest first (not those kept from an earlier run). */
  public List<PositioningAnswer> answers() {
    return List.copyOf(state.answers);
  }

  public Parcours parcours() {
    return state.parcours;
  }

  public PositioningDesign design() {
    return design;
  }

  /** Validated target skills / target skills, in [0, 1]. */
  public double masteryRate() {
    int validated = 0;
    int targets = 0;
    for (SubjectResult result : bySubject().values()) {
      validated += result.validatedSkills();
      targets += result.targetSkills();
    }
    return targets == 0 ? 0 : (double) validated / targets;
  }

  /** Per tube name (in the parcours' order), where the pupil stands. */
  public Map<String, SubjectResult> bySubject() {
    Map<String, SubjectResult> results = new LinkedHashMap<>();
    List<Subject> subjects = state.parcours.subjects();
    for (int j = 0; j < subjects.size(); j++) {
      int validated = 0;
      int reached = 0;
      for (int s = 0; s < state.levels[j].length; s++) {
        if (state.status[j][s] == KnowledgeElements.VALIDATED) {
          validated++;
          reached = Math.max(reached, state.levels[j][s]);
        }
      }
      results.put(subjects.get(j).tube(),
          new SubjectResult(subjects.get(j), reached, validated, state.levels[j].length));
    }
    return results;
  }
}

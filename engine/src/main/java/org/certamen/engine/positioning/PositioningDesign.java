package org.certamen.engine.positioning;

import java.util.SplittableRandom;

/**
 * How a positioning picks its next skill. Both designs work on the same knowledge elements and
 * stop when no target skill they may ask is left undetermined; they differ in the order of the
 * questions, hence in how many are needed.
 */
public abstract sealed class PositioningDesign
    permits SmartRandomDesign, BisectionDesign {

  private final String name;

  PositioningDesign(String name) {
    this.name = name;
  }

  /** The national algorithm, "smart random", reproduced from its public description. */
  public static PositioningDesign national() {
    return SmartRandomDesign.INSTANCE;
  }

  /** Ours: an optimal search over each tube's levels, driven by a 2PL ability posterior. */
  public static PositioningDesign certamen() {
    return BisectionDesign.INSTANCE;
  }

  /** A short name for reports: {@code national} or {@code certamen}. */
  public String name() {
    return name;
  }

  /**
   * The next skill to ask as {subject, skill position}, or null when the run is over.
   *
   * @param random seeded by the run and the number of answers, to break ties reproducibly
   */
  abstract int[] nextSkill(RunState state, SplittableRandom random);

  @Override
  public String toString() {
    return name();
  }
}

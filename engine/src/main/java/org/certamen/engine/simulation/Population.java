package org.certamen.engine.simulation;

import java.util.Locale;
import java.util.SplittableRandom;

/** Where the simulator draws true abilities from. */
public enum Population {
  /** N(0, 1), the national scale's reference population. */
  STANDARD,
  /**
   * A wide population not centred on 0: {@code 1 − UNIFORM_SHARE} from N(0.3, 1.2²), the rest
   * uniform on [−4, 4] so that every band of the scale holds candidates.
   */
  WIDE;

  static final double WIDE_MEAN = 0.3;
  static final double WIDE_SD = 1.2;
  static final double UNIFORM_SHARE = 0.1;
  static final double UNIFORM_BOUND = 4;

  /** {@code count} true abilities, reproducible for a seed. */
  public double[] draw(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] thetas = new double[count];
    for (int c = 0; c < count; c++) {
      thetas[c] = switch (this) {
        case STANDARD -> random.nextGaussian();
        case WIDE -> random.nextDouble() < UNIFORM_SHARE
            ? -UNIFORM_BOUND + 2 * UNIFORM_BOUND * random.nextDouble()
            : WIDE_MEAN + WIDE_SD * random.nextGaussian();
      };
    }
    return thetas;
  }

  /** The option's spelling: {@code standard}, {@code wide}. */
  public String optionName() {
    return name().toLowerCase(Locale.ROOT);
  }
}

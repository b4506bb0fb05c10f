package org.certamen.engine.estimation;

/** A way of estimating ability from answers; stateless and shared by all candidates. */
public interface AbilityEstimator {

  /** A new, empty estimation for one candidate. */
  Estimation start();
}

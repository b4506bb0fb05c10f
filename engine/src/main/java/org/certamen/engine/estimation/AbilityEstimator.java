package org.certamen.engine.estimation;

/** A way of estimating ability from answers; stateless and shared by all candidates. */
public interface AbilityEstimator {

  /** A new, empty estimation for one candidate, with the estimator's own prior. */
  Estimation start();

  /**
   * A new, empty estimation with that prior; estimators whose prior is part of their rule (the
   * national one re-centres its own) ignore it.
   */
  default Estimation start(Prior prior) {
    return start();
  }
}

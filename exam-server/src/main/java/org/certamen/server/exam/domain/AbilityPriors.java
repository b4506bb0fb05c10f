package org.certamen.server.exam.domain;

import io.vertx.core.Future;
import java.util.Optional;
import org.certamen.engine.estimation.Prior;

/**
 * The ability prior a test starts with, frozen into its engine state so that a rescore uses it
 * again. Empty leaves the design's own prior.
 */
public interface AbilityPriors {

  /** The prior for a test starting now; never fails for lack of data (then empty). */
  Future<Optional<Prior>> current();

  /** Always the design's own prior. */
  static AbilityPriors designDefault() {
    return () -> Future.succeededFuture(Optional.empty());
  }
}

package org.certamen.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fuzz drill, shortened: the full one sends 10,000 requests. */
class FuzzDrillIT {
  private final Vertx vertx = LoadCommand.clientVertx();

  @AfterEach
  void close() {
    vertx.close();
  }

  @Test
  void malformedAndHostileRequestsGetNo5xxAndChangeNothing() {
    DrillChecks checks = new FuzzDrill(vertx, TestLauncher.examServer(), 1_000, 42).run();

    assertThat(checks.checks()).hasSize(5);
    assertThat(checks.passed()).as(checks.toText()).isTrue();
  }
}

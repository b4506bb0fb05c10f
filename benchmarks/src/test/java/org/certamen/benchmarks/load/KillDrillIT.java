package org.certamen.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The kill drill, shortened: one room of candidates instead of 200. */
class KillDrillIT {
  private final Vertx vertx = LoadCommand.clientVertx();

  @AfterEach
  void close() {
    vertx.close();
  }

  @Test
  void aServerKilledDuringAnswersLosesNothingAndCandidatesResumeWhereTheyWere() {
    DrillChecks checks = new KillDrill(vertx, TestLauncher.examServer(), Room.CAPACITY, 20).run();

    assertThat(checks.checks()).hasSize(7);
    assertThat(checks.passed()).as(checks.toText()).isTrue();
  }
}

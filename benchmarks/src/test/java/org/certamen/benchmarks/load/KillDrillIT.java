package org.certamen.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kill drill, shortened: one room of candidates instead of 200. */
class KillDrillIT {
  private final Vertx vertx = LoadCommand.clientVertx();
  /** The servers' logs, deleted after the test. */
  @TempDir
  Path logs;

  @AfterEach
  void close() {
    vertx.close();
  }

  @Test
  void aServerKilledDuringAnswersLosesNothingAndCandidatesResumeWhereTheyWere() {
    DrillChecks checks = new KillDrill(vertx, TestLauncher.examServer(logs), Room.CAPACITY, 20).run();

    assertThat(checks.checks()).hasSize(7);
    assertThat(checks.passed()).as(checks.toText()).isTrue();
  }
}

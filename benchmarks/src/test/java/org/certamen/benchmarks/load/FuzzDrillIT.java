package org.certamen.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fuzz drill, shortened: the full one sends 10,000 requests. */
class FuzzDrillIT {
  private final Vertx vertx = LoadCommand.clientVertx();
  /** The servers' logs, deleted after the test. */
  @TempDir
  Path logs;

  @AfterEach
  void close() {
    vertx.close();
  }

  @Test
  void malformedAndHostileRequestsGetNo5xxAndChangeNothing() {
    DrillChecks checks = new FuzzDrill(vertx, TestLauncher.examServer(logs), 1_000, 42).run();

    assertThat(checks.checks()).hasSize(5);
    assertThat(checks.passed()).as(checks.toText()).isTrue();
  }
}

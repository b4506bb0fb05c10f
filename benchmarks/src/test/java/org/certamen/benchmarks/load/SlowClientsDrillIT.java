package org.certamen.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The slow-clients drill, shortened: one room of candidates, a 12-second attack. */
class SlowClientsDrillIT {
  private final Vertx vertx = LoadCommand.clientVertx();
  /** The servers' logs, deleted after the test. */
  @TempDir
  Path logs;

  @AfterEach
  void close() {
    vertx.close();
  }

  @Test
  void candidatesKeepAnsweringWhileOneAddressHoldsMoreConnectionsThanTheServerHasDescriptors() {
    DrillChecks checks = new SlowClientsDrill(vertx, serverLauncher(logs), Room.CAPACITY, 300, 1100,
        12_000, false).run();

    assertThat(checks.checks()).hasSize(3);
    assertThat(checks.passed()).as(checks.toText()).isTrue();
  }

  /**
   * The server's jar, as operators run it, when the build made it (in {@code mvn verify} the server
   * module is packaged before these tests run). From the class path the server loads each class
   * from its own file, which takes a file descriptor the attack may have left none of.
   */
  private static ServerLauncher serverLauncher(Path logs) {
    Path jar = Path.of("../exam-server/target/exam-server.jar");
    return Files.exists(jar) ? ServerLauncher.jar(jar.toString(), logs)
        : TestLauncher.examServer(logs);
  }
}

package org.certamen.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import java.nio.file.Path;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.certamen.processes.RedisProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadRunIT {
  private static final String STAFF_TOKEN = "load-run-it-staff-token";
  private final Vertx vertx = LoadCommand.clientVertx();
  /** The servers' logs, deleted after the test. */
  @TempDir
  Path logs;

  @AfterEach
  void close() {
    vertx.close();
  }

  @Test
  void everyCandidateTakesTheWholeTestAndTheSummaryHasTheDocumentedKeys() {
    try (ExamServerProcess server = ExamServerProcess.start(TestLauncher.examServer(logs), "memory", STAFF_TOKEN)) {
      LoadOptions options = LoadOptions.parse(List.of("--target", server.url().toString(),
          "--candidates", "25", "--server-pid", Long.toString(server.pid())),
          Map.of("CERTAMEN_STAFF_TOKEN", STAFF_TOKEN));

      JsonObject summary = new LoadRun(vertx, options).run().toJson();

      assertThat(summary.getLong("acknowledgedAnswers")).isEqualTo(25 * 32);
      assertThat(summary.getLong("completed")).isEqualTo(25);
      assertThat(summary.getLong("errorCount")).isZero();
      assertThat(summary.getLong("sessions")).isEqualTo(2);
      assertThat(summary.fieldNames()).contains("answersPerSecond", "p50Millis", "p99Millis",
          "p999Millis", "errors", "acknowledgedAnswers", "endpoints", "heapPerCandidateBytes");
      assertThat(summary.getJsonObject("endpoints").getJsonObject(SimulatedCandidate.ANSWER)
          .getLong("calls")).isEqualTo(25 * 32);
    }
  }

  @Test
  void twoServersServeEachSessionAloneAndShareTheSessionsEvenly() {
    try (RedisProcess redis = RedisProcess.start();
        ExamServerProcess a = ExamServerProcess.start(TestLauncher.examServer(logs), redis.uri(),
            STAFF_TOKEN);
        ExamServerProcess b = ExamServerProcess.start(TestLauncher.examServer(logs), redis.uri(),
            STAFF_TOKEN)) {
      LoadOptions options = LoadOptions.parse(List.of("--targets", a.url() + "," + b.url(),
          "--candidates", "80", "--answers", "2"), Map.of("CERTAMEN_STAFF_TOKEN", STAFF_TOKEN));

      JsonObject summary = new LoadRun(vertx, options).run().toJson();

      assertThat(summary.getLong("errorCount")).isZero();
      assertThat(summary.getLong("sessions")).isEqualTo(4);
      assertThat(summary.getLong("sessionsServedByOneTarget")).isEqualTo(4);
      assertThat(summary.getJsonObject("sessionsByTarget").getMap())
          .containsOnly(Map.entry(a.url().toString(), 2L), Map.entry(b.url().toString(), 2L));
    }
  }
}

package org.certamen.benchmarks.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import jdk.jfr.Recording;
import org.certamen.benchmarks.profile.ProfileSummary.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileSummaryTest {
  private static final String SPINNING = "the test's busy loop";
  private static final String NOWHERE = "a method never called";

  @Test
  void classifiesFramesByTheirPackage() {
    assertThat(CodeLayer.of("org.certamen.engine.AdaptiveRun")).isEqualTo(CodeLayer.ENGINE);
    assertThat(CodeLayer.of("org.certamen.server.exam.http.ExamRoutes"))
        .isEqualTo(CodeLayer.CERTAMEN);
    assertThat(CodeLayer.of("com.sun.crypto.provider.GHASH")).isEqualTo(CodeLayer.CRYPTOGRAPHY);
    assertThat(CodeLayer.of("java.util.HashMap")).isEqualTo(CodeLayer.JDK);
    assertThat(CodeLayer.of("io.vertx.ext.web.impl.RouterImpl")).isEqualTo(CodeLayer.VERTX_WEB);
    assertThat(CodeLayer.of("io.vertx.micrometer.impl.VertxHttpServerMetrics"))
        .isEqualTo(CodeLayer.MICROMETER);
    assertThat(CodeLayer.of("io.vertx.core.http.impl.Http1xServerConnection"))
        .isEqualTo(CodeLayer.VERTX);
    assertThat(CodeLayer.of("io.lettuce.core.protocol.CommandHandler"))
        .isEqualTo(CodeLayer.LETTUCE);
    assertThat(CodeLayer.of("org.example.Thing")).isEqualTo(CodeLayer.OTHER);
  }

  @Test
  void countsTheSamplesOfAStageOnTheStackAndTheCollections(@TempDir Path folder)
      throws Exception {
    Path file = folder.resolve("spin.jfr");
    try (Recording recording = new Recording()) {
      recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
      recording.enable("jdk.GarbageCollection");
      recording.start();
      spinForAWhile();
      System.gc();
      recording.stop();
      recording.dump(file);
    }

    ProfileSummary summary = ProfileSummary.read(file, List.of(
        new Stage(SPINNING, List.of(".ProfileSummaryTest.spinForAWhile")),
        new Stage(NOWHERE, List.of(".ProfileSummaryTest.neverCalled"))));

    assertThat(summary.samples()).isPositive();
    assertThat(summary.byLayer().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(summary.samples());
    assertThat(summary.percent(summary.byStage().get(SPINNING))).isGreaterThan(50);
    assertThat(summary.byStage().get(NOWHERE)).isZero();
    assertThat(summary.collections()).isPositive();
    assertThat(summary.longestPause()).isLessThanOrEqualTo(summary.totalPause());
  }

  /** Busy for about a second: the samples' stacks hold this frame. */
  private static long spinForAWhile() {
    long end = System.nanoTime() + 1_000_000_000L;
    long sum = 1;
    // Java code between the clock's reads: a thread in a native method is not execution-sampled.
    while (System.nanoTime() < end) {
      for (int i = 0; i < 1_000_000; i++) sum = sum * 6_364_136_223_846_793_005L + i;
    }
    return sum;
  }

  @SuppressWarnings("unused")
  private static void neverCalled() {
    throw new AssertionError("never called");
  }
}

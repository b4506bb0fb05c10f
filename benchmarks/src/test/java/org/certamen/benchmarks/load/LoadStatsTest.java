package org.certamen.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoadStatsTest {
  /** Two significant digits: a bucket is at most 1% of its values wide. */
  private static final double RELATIVE_PRECISION = 0.01;
  private static final String STATUS = "GET /status";

  @Test
  void reportsSmallLatenciesExactly() {
    LoadStats stats = new LoadStats();
    for (int micros = 1; micros <= 50; micros++) {
      stats.record(STATUS, "t", micros, 0, 200, "");
    }

    assertThat(stats.latency(STATUS).getTotalCount()).isEqualTo(50);
    assertThat(stats.latency(STATUS).getValueAtPercentile(50)).isEqualTo(25);
    assertThat(stats.latency(STATUS).getValueAtPercentile(100)).isEqualTo(50);
  }

  @Test
  void reportsLargeLatenciesWithinThePrecisionAndNeverBelow() {
    LoadStats stats = new LoadStats();
    for (int i = 1; i <= 1000; i++) {
      stats.record(STATUS, "t", i * 1000L, 0, 200, "");
    }

    JsonObject status = stats.endpointsJson().getJsonObject(STATUS);
    assertThat(status.getLong("calls")).isEqualTo(1000);
    assertMillis(status.getDouble("p50Millis"), 500);
    assertMillis(status.getDouble("p99Millis"), 990);
    assertMillis(status.getDouble("p999Millis"), 999);
  }

  @Test
  void anEndpointNeverCalledReportsZeroAndANegativeLatencyCountsAsZero() {
    LoadStats stats = new LoadStats();
    assertThat(LoadStats.percentileMillis(stats.latency(STATUS), 99)).isZero();

    stats.record(STATUS, "t", -5, 0, 200, "");
    assertThat(stats.latency(STATUS).getMaxValue()).isZero();
  }

  @Test
  void addsEveryEndpointsLatenciesTogetherAndCountsAnswerWaitsApart() {
    LoadStats stats = new LoadStats();
    stats.record(STATUS, "t", 10, 0, 200, "");
    stats.record(SimulatedCandidate.ANSWER, "t", 20, 700, 200, "");
    stats.record(SimulatedCandidate.ANSWER, "t", 30, 900, 503, "UNAVAILABLE");

    assertThat(stats.allLatencies().getTotalCount()).isEqualTo(3);
    assertThat(stats.allLatencies().getValueAtPercentile(100)).isEqualTo(30);
    assertThat(stats.answerWaits().getTotalCount()).isEqualTo(2);
    assertThat(stats.errors()).containsExactly(
        Map.entry(SimulatedCandidate.ANSWER + " 503 UNAVAILABLE", 1L));
  }

  private static void assertMillis(double reported, double expected) {
    assertThat(reported).isBetween(expected, expected * (1 + RELATIVE_PRECISION));
  }
}

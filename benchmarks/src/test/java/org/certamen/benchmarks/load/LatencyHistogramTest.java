package org.certamen.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatencyHistogramTest {
  /** Buckets above 64 µs are 1/64 of their power of two wide. */
  private static final double RELATIVE_PRECISION = 1.0 / 64;

  @Test
  void reportsSmallLatenciesExactly() {
    LatencyHistogram histogram = new LatencyHistogram();
    for (int micros = 1; micros <= 50; micros++) {
      histogram.recordMicros(micros);
    }

    assertThat(histogram.count()).isEqualTo(50);
    assertThat(histogram.quantileMicros(0.5)).isEqualTo(25);
    assertThat(histogram.quantileMicros(1.0)).isEqualTo(50);
  }

  @Test
  void reportsLargeLatenciesWithinTheBucketPrecisionAndNeverBelow() {
    LatencyHistogram histogram = new LatencyHistogram();
    for (int i = 1; i <= 1000; i++) {
      histogram.recordMicros(i * 1000L);
    }

    assertPercentile(histogram.quantileMicros(0.50), 500_000);
    assertPercentile(histogram.quantileMicros(0.99), 990_000);
    assertPercentile(histogram.quantileMicros(0.999), 999_000);
  }

  @Test
  void everyValueFallsInABucketThatContainsIt() {
    for (long micros = 0; micros < 5_000_000; micros += 997) {
      int index = LatencyHistogram.index(micros);
      assertThat(LatencyHistogram.upperBound(index)).isGreaterThanOrEqualTo(micros);
      assertThat(index == 0 || LatencyHistogram.upperBound(index - 1) < micros).isTrue();
    }
  }

  @Test
  void anEmptyHistogramReportsZero() {
    assertThat(new LatencyHistogram().quantileMicros(0.99)).isZero();
  }

  @Test
  void addingHistogramsAddsTheirCounts() {
    LatencyHistogram first = new LatencyHistogram();
    LatencyHistogram second = new LatencyHistogram();
    first.recordMicros(10);
    second.recordMicros(20);
    second.recordMicros(30);

    first.add(second);

    assertThat(first.count()).isEqualTo(3);
    assertThat(first.quantileMicros(1.0)).isEqualTo(30);
  }

  private static void assertPercentile(long reported, long expected) {
    assertThat(reported).isBetween(expected, (long) (expected * (1 + RELATIVE_PRECISION)));
  }
}

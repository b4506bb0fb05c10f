package org.certamen.benchmarks.load;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Counts latencies in microseconds in log-linear buckets: exact below 64 µs, then 64 buckets per
 * power of two, so a percentile is reported within 1/64 (about 1.6%) of the true value. Safe to
 * record from several threads.
 */
public final class LatencyHistogram {
  private static final int SUB_BUCKET_BITS = 6;
  private static final int SUB_BUCKETS = 1 << SUB_BUCKET_BITS;
  /** Powers of two above the exact range: up to 2^40 µs, far beyond any timeout. */
  private static final int MAGNITUDES = 40 - SUB_BUCKET_BITS;

  private final AtomicLongArray counts = new AtomicLongArray(SUB_BUCKETS * (MAGNITUDES + 1));

  /** Records one latency; negative values count as zero. */
  public void recordMicros(long micros) {
    counts.incrementAndGet(index(Math.max(0, micros)));
  }

  /** The number of latencies recorded. */
  public long count() {
    long total = 0;
    for (int i = 0; i < counts.length(); i++) {
      total += counts.get(i);
    }
    return total;
  }

  /**
   * The smallest recorded bucket value at or above the given fraction of recordings, in
   * microseconds; 0 when nothing was recorded.
   *
   * @param quantile from 0 to 1, e.g. 0.99 for p99
   */
  public long quantileMicros(double quantile) {
    long total = count();
    if (total == 0) {
      return 0;
    }
    long rank = Math.max(1, (long) Math.ceil(quantile * total));
    long seen = 0;
    for (int i = 0; i < counts.length(); i++) {
      seen += counts.get(i);
      if (seen >= rank) {
        return upperBound(i);
      }
    }
    return upperBound(counts.length() - 1);
  }

  /** Adds another histogram's recordings to this one. */
  public void add(LatencyHistogram other) {
    for (int i = 0; i < counts.length(); i++) {
      counts.addAndGet(i, other.counts.get(i));
    }
  }

  static int index(long micros) {
    if (micros < SUB_BUCKETS) {
      return (int) micros;
    }
    int magnitude = 63 - Long.numberOfLeadingZeros(micros) - SUB_BUCKET_BITS + 1;
    if (magnitude > MAGNITUDES) {
      return SUB_BUCKETS * (MAGNITUDES + 1) - 1;
    }
    // The top SUB_BUCKET_BITS bits below the leading one pick the bucket within the magnitude.
    int sub = (int) (micros >>> (magnitude - 1)) & (SUB_BUCKETS - 1);
    return magnitude * SUB_BUCKETS + sub;
  }

  /** The largest value that falls in a bucket, so percentiles never understate latency. */
  static long upperBound(int index) {
    if (index < SUB_BUCKETS) {
      return index;
    }
    int magnitude = index / SUB_BUCKETS;
    long sub = index % SUB_BUCKETS;
    long lower = (SUB_BUCKETS + sub) << (magnitude - 1);
    return lower + (1L << (magnitude - 1)) - 1;
  }
}

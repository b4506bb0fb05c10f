package org.certamen.benchmarks.load;

import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * What the generator saw: latency per endpoint, failures by endpoint, status and code, and
 * responses per target. Safe to record from several threads.
 */
public final class LoadStats {
  /**
   * Latencies are kept in microseconds to two significant digits: a percentile is reported within
   * 1% of the true value, and never below it (HdrHistogram reports a bucket's highest value).
   */
  static final int SIGNIFICANT_DIGITS = 2;

  private final ConcurrentMap<String, Histogram> latencies = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, LongAdder> errors = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, LongAdder> responsesByTarget = new ConcurrentHashMap<>();
  private final Histogram answerWaits = newHistogram();
  private final LongAdder acknowledgedAnswers = new LongAdder();

  /**
   * One exchange: its latency on the connection, and its failure when the status is not 2xx
   * (0: no response). For answers, also how long the simulated browser waited in all.
   *
   * @param code the failure's code; not read for a 2xx
   */
  public void record(String endpoint, String target, long micros, long waitMicros, int status,
      String code) {
    // A clock stepping back would give a negative duration, which a histogram cannot hold.
    latencies.computeIfAbsent(endpoint, e -> newHistogram()).recordValue(Math.max(0, micros));
    if (endpoint.equals(SimulatedCandidate.ANSWER)) {
      answerWaits.recordValue(Math.max(0, waitMicros));
    }
    if (status > 0) {
      responsesByTarget.computeIfAbsent(target, t -> new LongAdder()).increment();
    }
    if (status < 200 || status >= 300) {
      errors.computeIfAbsent(endpoint + " " + status + " " + code, e -> new LongAdder()).increment();
    }
  }

  /** An answer the server accepted with a 2xx: it must be in the store. */
  public void acknowledgeAnswer() {
    acknowledgedAnswers.increment();
  }

  public long acknowledgedAnswers() {
    return acknowledgedAnswers.sum();
  }

  /** The latencies of one endpoint in microseconds, empty when it was never called. */
  public Histogram latency(String endpoint) {
    return latencies.getOrDefault(endpoint, newHistogram());
  }

  /**
   * How long each answer waited from the candidate's click to its reply, the time spent queued
   * for one of the generator's connections included.
   */
  public Histogram answerWaits() {
    return answerWaits;
  }

  /** Every endpoint's latencies together. */
  public Histogram allLatencies() {
    Histogram all = newHistogram();
    latencies.values().forEach(all::add);
    return all;
  }

  public long errorCount() {
    return errors.values().stream().mapToLong(LongAdder::sum).sum();
  }

  /** Failures counted by "endpoint status code", sorted. */
  public Map<String, Long> errors() {
    return sums(errors);
  }

  /** Responses counted by target URL. */
  public Map<String, Long> responsesByTarget() {
    return sums(responsesByTarget);
  }

  /** Per endpoint: calls and latency percentiles in milliseconds. */
  public JsonObject endpointsJson() {
    JsonObject json = new JsonObject();
    new TreeMap<>(latencies).forEach((endpoint, histogram) -> json.put(endpoint, new JsonObject()
        .put("calls", histogram.getTotalCount())
        .put("p50Millis", percentileMillis(histogram, 50))
        .put("p99Millis", percentileMillis(histogram, 99))
        .put("p999Millis", percentileMillis(histogram, 99.9))));
    return json;
  }

  /** A percentile of latencies recorded in microseconds, in milliseconds; 0 when empty. */
  public static double percentileMillis(Histogram micros, double percentile) {
    return millis(micros.getValueAtPercentile(percentile));
  }

  /** Microseconds as milliseconds with three decimals. */
  public static double millis(long micros) {
    return micros / 1000.0;
  }

  /** Auto-resizing, so that no latency is too long to record; safe to record from any thread. */
  private static Histogram newHistogram() {
    return new ConcurrentHistogram(SIGNIFICANT_DIGITS);
  }

  private static Map<String, Long> sums(Map<String, LongAdder> adders) {
    Map<String, Long> sums = new TreeMap<>();
    adders.forEach((key, adder) -> sums.put(key, adder.sum()));
    return sums;
  }
}

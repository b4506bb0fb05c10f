package org.certamen.benchmarks.load;

import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the generator saw: latency per endpoint, failures by endpoint, status and code, and
 * responses per target. Safe to record from several threads.
 */
public final class LoadStats {
  private final ConcurrentMap<String, LatencyHistogram> latencies = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, LongAdder> errors = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, LongAdder> responsesByTarget = new ConcurrentHashMap<>();
  private final LatencyHistogram answerWaits = new LatencyHistogram();
  private final LongAdder acknowledgedAnswers = new LongAdder();

  /**
   * One exchange: its latency on the connection, and its failure when the status is not 2xx
   * (0: no response). For answers, also how long the simulated browser waited in all.
   */
  public void record(String endpoint, String target, long micros, long waitMicros, int status,
      String code) {
    latencies.computeIfAbsent(endpoint, e -> new LatencyHistogram()).recordMicros(micros);
    if (endpoint.equals(SimulatedCandidate.ANSWER)) {
      answerWaits.recordMicros(waitMicros);
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

  /** The histogram of one endpoint, empty when it was never called. */
  public LatencyHistogram latency(String endpoint) {
    return latencies.getOrDefault(endpoint, new LatencyHistogram());
  }

  /**
   * How long each answer waited from the candidate's click to its reply, the time spent queued
   * for one of the generator's connections included.
   */
  public LatencyHistogram answerWaits() {
    return answerWaits;
  }

  /** Every endpoint's latencies together. */
  public LatencyHistogram allLatencies() {
    LatencyHistogram all = new LatencyHistogram();
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
        .put("calls", histogram.count())
        .put("p50Millis", millis(histogram.quantileMicros(0.50)))
        .put("p99Millis", millis(histogram.quantileMicros(0.99)))
        .put("p999Millis", millis(histogram.quantileMicros(0.999)))));
    return json;
  }

  /** Microseconds as milliseconds with three decimals. */
  public static double millis(long micros) {
    return micros / 1000.0;
  }

  private static Map<String, Long> sums(Map<String, LongAdder> adders) {
    Map<String, Long> sums = new TreeMap<>();
    adders.forEach((key, adder) -> sums.put(key, adder.sum()));
    return sums;
  }
}

package org.certamen.benchmarks.load;

import io.vertx.core.json.JsonObject;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * What a load run measured. The headline percentiles are those of answering, the request a
 * candidate makes 32 times, from the moment it is written on a connection to its whole reply;
 * every endpoint has its own in {@code endpoints}. With more candidates than connections, the
 * candidates queue in the generator for a connection: that wait is reported apart
 * ({@code answerWait…}), as it measures the generator's concurrency, not the server.
 *
 * @param seconds from the first arrival to the last reply (the window, when the run was cut)
 * @param lastStartSeconds from the first arrival to the last candidate's test started
 * @param sessionsServedByOneTarget sessions whose every response came from one target: all of
 *     them under per-session affinity
 * @param sessionsByTarget how many sessions each target served
 * @param sample one session, whose responses are counted by target
 * @param heapBeforeBytes the server's heap after a full collection before the run; -1: not read
 * @param heapAfterBytes the same after the run, every exam still in the store
 * @param steadySeconds from the moment every candidate had started answering to the moment the
 *     first one stopped (its test ended, the window closed or it gave up after failures): the
 *     window without the ramp of entries nor the tail of the last answers; 0 when there was no
 *     such time
 * @param steadyAnswers answers acknowledged in that time
 * @param generatorCpuNanos CPU time the generator's process spent from the first arrival to the
 *     last reply: on a machine shared with the server, what the load itself took from it
 */
public record LoadReport(
    LoadOptions options,
    double seconds,
    LoadStats stats,
    long started,
    long completed,
    double lastStartSeconds,
    long sessionsServedByOneTarget,
    Map<String, Long> sessionsByTarget,
    long sessions,
    Room sample,
    long heapBeforeBytes,
    long heapAfterBytes,
    double steadySeconds,
    long steadyAnswers,
    long generatorCpuNanos) {

  /** Answers acknowledged per second while every candidate answered; 0 when they never all did. */
  public double steadyAnswersPerSecond() {
    return steadySeconds == 0 ? 0 : steadyAnswers / steadySeconds;
  }

  /** The generator's CPU time per request sent, in microseconds. */
  public double generatorCpuMicrosPerRequest() {
    long requests = stats.allLatencies().getTotalCount();
    return requests == 0 ? 0 : generatorCpuNanos / 1e3 / requests;
  }

  public double answersPerSecond() {
    return seconds == 0 ? 0 : stats.acknowledgedAnswers() / seconds;
  }

  /** The server's heap per candidate of the run; -1 when it was not read. */
  public long heapPerCandidateBytes() {
    return heapBeforeBytes < 0 || options.candidates() == 0 ? -1
        : (heapAfterBytes - heapBeforeBytes) / options.candidates();
  }

  public JsonObject toJson() {
    Histogram answers = stats.latency(SimulatedCandidate.ANSWER);
    long requests = stats.allLatencies().getTotalCount();
    return new JsonObject()
        .put("candidates", options.candidates())
        .put("thinkMillis", options.thinkMillis())
        .put("rushSeconds", options.rushSeconds())
        .put("targets", options.targets().stream().map(Object::toString).toList())
        .put("seconds", round(seconds))
        .put("answersPerSecond", round(answersPerSecond()))
        .put("steadyAnswersPerSecond", round(steadyAnswersPerSecond()))
        .put("steadySeconds", round(steadySeconds))
        .put("requestsPerSecond", round(seconds == 0 ? 0 : requests / seconds))
        .put("generatorCpuMicrosPerRequest", round(generatorCpuMicrosPerRequest()))
        .put("p50Millis", LoadStats.percentileMillis(answers, 50))
        .put("p99Millis", LoadStats.percentileMillis(answers, 99))
        .put("p999Millis", LoadStats.percentileMillis(answers, 99.9))
        .put("connections", options.connections())
        .put("answerWaitP50Millis", LoadStats.percentileMillis(stats.answerWaits(), 50))
        .put("answerWaitP99Millis", LoadStats.percentileMillis(stats.answerWaits(), 99))
        .put("acknowledgedAnswers", stats.acknowledgedAnswers())
        .put("errorCount", stats.errorCount())
        .put("errors", counts(stats.errors()))
        .put("started", started)
        .put("completed", completed)
        .put("lastStartSeconds", round(lastStartSeconds))
        .put("sessions", sessions)
        .put("sessionsServedByOneTarget", sessionsServedByOneTarget)
        .put("sessionsByTarget", counts(sessionsByTarget))
        .put("responsesByTarget", counts(stats.responsesByTarget()))
        .put("sampleSession", new JsonObject().put("sessionId", sample.sessionId())
            .put("responsesByTarget", counts(sample.responsesByTarget())))
        .put("heapUsedBeforeBytes", heapBeforeBytes)
        .put("heapUsedAfterBytes", heapAfterBytes)
        .put("heapPerCandidateBytes", heapPerCandidateBytes())
        .put("endpoints", stats.endpointsJson());
  }

  /** A table for people. */
  public String toText() {
    StringBuilder text = new StringBuilder();
    text.append(String.format(Locale.ROOT, "%d candidates, think %d ms, rush %d s, targets %s%n",
        options.candidates(), options.thinkMillis(), options.rushSeconds(), options.targets()));
    text.append(String.format(Locale.ROOT, "%.1f s: %.0f answers/s (%.0f/s over %.1f s while all"
        + " answered), %d acknowledged, %d started (last after %.1f s), %d completed, %d errors%n",
        seconds, answersPerSecond(), steadyAnswersPerSecond(), steadySeconds,
        stats.acknowledgedAnswers(), started, lastStartSeconds, completed, stats.errorCount()));
    text.append(String.format(Locale.ROOT, "answers on %d connection(s) per target; a candidate's"
        + " wait for an answer, queueing for a connection included: p50 %.2f ms, p99 %.2f ms%n",
        options.connections(), LoadStats.percentileMillis(stats.answerWaits(), 50),
        LoadStats.percentileMillis(stats.answerWaits(), 99)));
    text.append(String.format(Locale.ROOT, "the generator's process: %.1f µs of CPU per request%n",
        generatorCpuMicrosPerRequest()));
    text.append(String.format(Locale.ROOT, "%-62s %8s %9s %9s %9s%n", "endpoint", "calls",
        "p50 ms", "p99 ms", "p99.9 ms"));
    JsonObject endpoints = stats.endpointsJson();
    for (String endpoint : endpoints.fieldNames()) {
      JsonObject e = endpoints.getJsonObject(endpoint);
      text.append(String.format(Locale.ROOT, "%-62s %8d %9.2f %9.2f %9.2f%n", endpoint,
          e.getLong("calls"), e.getDouble("p50Millis"), e.getDouble("p99Millis"),
          e.getDouble("p999Millis")));
    }
    stats.errors().forEach((key, count) -> text.append("error ").append(key).append(": ")
        .append(count).append('\n'));
    if (options.targets().size() > 1) {
      text.append("responses by target: ").append(stats.responsesByTarget()).append('\n');
      text.append(String.format(Locale.ROOT, "%d of %d sessions served by one target only;"
          + " sessions by target: %s; session %s: %s%n", sessionsServedByOneTarget, sessions,
          sessionsByTarget, sample.sessionId(), sample.responsesByTarget()));
    }
    if (heapBeforeBytes >= 0) {
      text.append(String.format(Locale.ROOT, "server heap after GC: %d MB before, %d MB after,"
          + " %d bytes per candidate%n", heapBeforeBytes >> 20, heapAfterBytes >> 20,
          heapPerCandidateBytes()));
    }
    return text.toString();
  }

  private static JsonObject counts(Map<String, Long> counts) {
    JsonObject json = new JsonObject();
    counts.forEach(json::put);
    return json;
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }
}

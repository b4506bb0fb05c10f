package org.certamen.server.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.certamen.server.exam.domain.AlertKind;
import org.certamen.server.exam.domain.ExamStatus;

/**
 * The product's own metrics. Counters with a label are registered once per label value and kept,
 * so that counting on the answer path allocates nothing.
 */
public final class ProductMetrics {
  static final String STORE_COMMAND_TIME = "certamen.store.command";

  private final MeterRegistry registry;
  private final Counter answersRecorded;
  private final Counter testsStarted;
  private final Map<ExamStatus, Counter> testsEnded = new EnumMap<>(ExamStatus.class);
  private final Map<AlertKind, Counter> alertsRaised = new EnumMap<>(AlertKind.class);
  private final Map<String, Counter> alertsResolved = new ConcurrentHashMap<>();
  private final AtomicLong candidatesInProgress = new AtomicLong();
  private final Map<String, Counter> rateLimitRefusals = new ConcurrentHashMap<>();
  private final Map<String, Counter> connectionsRefused = new ConcurrentHashMap<>();

  public ProductMetrics(MeterRegistry registry) {
    this.registry = registry;
    answersRecorded = Counter.builder("certamen.answers.recorded")
        .description("Answers (or skips) stored and acknowledged").register(registry);
    testsStarted = Counter.builder("certamen.tests.started")
        .description("Tests started (a resume is not a start)").register(registry);
    for (ExamStatus status : ExamStatus.values()) {
      if (status.isEnded()) {
        testsEnded.put(status, Counter.builder("certamen.tests.ended")
            .description("Tests ended, by how they ended").tag("reason", label(status.name()))
            .register(registry));
      }
    }
    for (AlertKind kind : AlertKind.values()) {
      alertsRaised.put(kind, Counter.builder("certamen.alerts.raised")
          .description("Alerts raised by candidates or by the extension's silence")
          .tag("kind", label(kind.name())).register(registry));
    }
    registry.gauge("certamen.candidates.in.progress", candidatesInProgress);
  }

  void answersRecorded(int count) {
    answersRecorded.increment(count);
  }

  void testStarted() {
    testsStarted.increment();
    candidatesInProgress.incrementAndGet();
  }

  void testEnded(ExamStatus status, boolean wasStarted) {
    testsEnded.get(status).increment();
    if (wasStarted) {
      candidatesInProgress.decrementAndGet();
    }
  }

  void alertRaised(AlertKind kind) {
    alertsRaised.get(kind).increment();
  }

  void alertResolved(String decision) {
    alertsResolved.computeIfAbsent(decision, d -> Counter.builder("certamen.alerts.resolved")
        .description("Alerts resolved by the invigilator, by decision").tag("decision", d)
        .register(registry)).increment();
  }

  /** A request refused because its client made too many attempts (HTTP 429). */
  public void rateLimitRefused(String route) {
    rateLimitRefusals.computeIfAbsent(route, r -> Counter.builder("certamen.rate.limit.refusals")
        .description("Requests refused with 429 TOO_MANY_ATTEMPTS, by route template")
        .tag("route", r).register(registry)).increment();
  }

  /**
   * A connection closed at once because of a limit (too many from one address, too many in all),
   * or later for overstaying (a client too slow to send its request, or idle too long): reasons
   * {@code max-connections}, {@code max-connections-per-address}, {@code request-read-timeout},
   * {@code idle-timeout}.
   */
  public void connectionRefused(String reason) {
    connectionsRefused.computeIfAbsent(reason, r -> Counter.builder("certamen.connections.refused")
        .description("Connections refused or closed by a limit, by reason").tag("reason", r)
        .register(registry)).increment();
  }

  /** The connections refused or closed for {@code reason} so far. */
  public double connectionsRefused(String reason) {
    Counter counter = connectionsRefused.get(reason);
    return counter == null ? 0 : counter.count();
  }

  /** The latency timer of one repository's calls. */
  Timer storeCommands(String repository) {
    return Timer.builder(STORE_COMMAND_TIME)
        .description("Latency of store calls, by repository").tag("repository", repository)
        .register(registry);
  }

  /** The failure counter of one repository's calls (store unreachable or failing). */
  Counter storeFailures(String repository) {
    return Counter.builder("certamen.store.failures")
        .description("Store calls failed for another reason than a refusal, by repository")
        .tag("repository", repository).register(registry);
  }

  private static String label(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}

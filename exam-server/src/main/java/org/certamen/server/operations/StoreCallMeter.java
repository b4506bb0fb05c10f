package org.certamen.server.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.vertx.core.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.certamen.server.shared.DomainException;

/**
 * The measures of one repository's calls: the latency until the future completes, and the calls
 * that failed for another reason than a refusal (thrown, or a failed future).
 */
final class StoreCallMeter {
  private final Timer timer;
  private final Counter failures;

  StoreCallMeter(String repository, ProductMetrics metrics) {
    this.timer = metrics.storeCommands(repository);
    this.failures = metrics.storeFailures(repository);
  }

  /** Makes the call and measures it. */
  <T> Future<T> measure(Supplier<Future<T>> call) {
    long start = System.nanoTime();
    Future<T> result;
    try {
      result = call.get();
    } catch (RuntimeException e) {
      failures.increment();
      throw e;
    }
    return measured(start, result);
  }

  /** Measures a call started at {@code start} (from {@link System#nanoTime()}). */
  <T> Future<T> measured(long start, Future<T> result) {
    return result.onComplete(done -> {
      timer.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
      if (done.failed() && !(done.cause() instanceof DomainException)) {
        failures.increment();
      }
    });
  }

  /** Counts a call that threw instead of returning a future. */
  void thrown() {
    failures.increment();
  }
}

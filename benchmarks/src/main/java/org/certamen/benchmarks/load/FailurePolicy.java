package org.certamen.benchmarks.load;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What a simulated candidate does when a request fails: how many failures in a row it accepts
 * before it stops, how long it waits before reading the state again, and a switch that stops
 * every candidate sharing the policy.
 */
public final class FailurePolicy {
  private final int maxConsecutiveFailures;
  private final long retryDelayMillis;
  private final AtomicBoolean stopped = new AtomicBoolean();

  private FailurePolicy(int maxConsecutiveFailures, long retryDelayMillis) {
    this.maxConsecutiveFailures = maxConsecutiveFailures;
    this.retryDelayMillis = retryDelayMillis;
  }

  /** Stops at the first failure. */
  public static FailurePolicy giveUp() {
    return new FailurePolicy(1, 0);
  }

  /** Retries after {@code delayMillis}, up to {@code maxConsecutiveFailures} failures in a row. */
  public static FailurePolicy retry(int maxConsecutiveFailures, long delayMillis) {
    return new FailurePolicy(maxConsecutiveFailures, delayMillis);
  }

  int maxConsecutiveFailures() {
    return maxConsecutiveFailures;
  }

  long retryDelayMillis() {
    return retryDelayMillis;
  }

  /** Every candidate stops before its next request. */
  public void stop() {
    stopped.set(true);
  }

  boolean stopped() {
    return stopped.get();
  }
}

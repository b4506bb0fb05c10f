package org.certamen.engine.selection;

import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How often each item has been shown, over the tests started against one bank. Lock-free, shared
 * by every candidate of a process: when each process keeps its own items under the cap, so does
 * their union, since the union's rate is an average of the processes' rates.
 */
public final class ExposureCounter {
  private final AtomicIntegerArray shown;
  private final AtomicLong testsStarted = new AtomicLong();

  public ExposureCounter(int itemCount) {
    this.shown = new AtomicIntegerArray(itemCount);
  }

  public void recordTestStarted() {
    testsStarted.incrementAndGet();
  }

  public void recordShown(int itemIndex) {
    shown.incrementAndGet(itemIndex);
  }

  public long testsStarted() {
    return testsStarted.get();
  }

  public int timesShown(int itemIndex) {
    return shown.get(itemIndex);
  }

  /** Share of started tests that showed the item, in [0, 1]. */
  public double rate(int itemIndex) {
    long tests = testsStarted.get();
    return tests == 0 ? 0 : Math.min(1.0, shown.get(itemIndex) / (double) tests);
  }

  public int itemCount() {
    return shown.length();
  }
}

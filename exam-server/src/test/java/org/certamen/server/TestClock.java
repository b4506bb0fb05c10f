package org.certamen.server;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.certamen.server.shared.Clock;

/** A clock tests move by hand. */
public final class TestClock implements Clock {
  private final AtomicReference<Instant> now;

  public TestClock(Instant start) {
    this.now = new AtomicReference<>(start);
  }

  public TestClock() {
    this(Instant.parse("2026-11-28T09:00:00Z"));
  }

  @Override
  public Instant now() {
    return now.get();
  }

  public void advance(Duration duration) {
    now.updateAndGet(t -> t.plus(duration));
  }
}

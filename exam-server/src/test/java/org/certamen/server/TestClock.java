package org.certamen.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock tests move by hand. */
public final class TestClock extends Clock {
  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private TestClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  public TestClock(Instant start) {
    this(new AtomicReference<>(start), ZoneOffset.UTC);
  }

  public TestClock() {
    this(Instant.parse("2026-11-28T09:00:00Z"));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** The same hand-moved time, seen from another zone. */
  @Override
  public Clock withZone(ZoneId newZone) {
    return new TestClock(now, newZone);
  }

  public void advance(Duration duration) {
    now.updateAndGet(t -> t.plus(duration));
  }
}

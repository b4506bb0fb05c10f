package org.certamen.server.exam.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.certamen.server.Await;
import org.certamen.server.TestClock;
import org.junit.jupiter.api.Test;
import org.certamen.server.planning.domain.SessionClosure;

class RecentlyOpenSessionsTest {
  private final TestClock clock = new TestClock();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final AtomicInteger asked = new AtomicInteger();
  private final SessionClosure store = sessionId -> {
    asked.incrementAndGet();
    return Future.succeededFuture(closed.get());
  };
  private final RecentlyOpenSessions sessions =
      new RecentlyOpenSessions(store, clock, Duration.ofSeconds(1));

  @Test
  void remembersAnOpenSessionForAMomentOnly() {
    assertThat(Await.result(sessions.isClosed("s1"))).isFalse();
    clock.advance(Duration.ofMillis(999));
    assertThat(Await.result(sessions.isClosed("s1"))).isFalse();
    assertThat(asked.get()).isEqualTo(1);

    closed.set(true);
    clock.advance(Duration.ofMillis(1));

    assertThat(Await.result(sessions.isClosed("s1"))).isTrue();
    assertThat(asked.get()).isEqualTo(2);
  }

  @Test
  void asksEveryTimeOnceClosed() {
    closed.set(true);

    assertThat(Await.result(sessions.isClosed("s1"))).isTrue();
    assertThat(Await.result(sessions.isClosed("s1"))).isTrue();
    assertThat(asked.get()).isEqualTo(2);
  }
}

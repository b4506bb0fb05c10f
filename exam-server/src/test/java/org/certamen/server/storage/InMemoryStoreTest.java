package org.certamen.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.certamen.server.Await;
import org.certamen.server.TestClock;
import org.certamen.server.session.domain.AccessToken;
import org.certamen.server.session.domain.Role;
import org.junit.jupiter.api.Test;

class InMemoryStoreTest extends StoreContractTest {

  @Override
  protected Store newStore(TestClock clock) {
    return new InMemoryStore(clock);
  }

  @Test
  void forgetsATokenOnceExpired() {
    AccessToken token = new AccessToken("s1.secret", Role.INVIGILATOR, "s1", null,
        clock.now().plus(Duration.ofHours(12)));
    Await.result(store.tokens().save(token));
    clock.advance(Duration.ofHours(12));
    assertThat(Await.result(store.tokens().find(token.value()))).isEmpty();
  }

  @Test
  void startsANewWindowOfFailuresOnceTheLastEnded() {
    Duration window = Duration.ofMinutes(5);
    Await.result(store.attempts().recordFailure("s1", "k", window));
    Await.result(store.attempts().recordFailure("s1", "k", window));
    clock.advance(window);
    assertThat(Await.result(store.attempts().failures("s1", "k"))).isZero();
    assertThat(Await.result(store.attempts().recordFailure("s1", "k", window))).isEqualTo(1);
  }
}

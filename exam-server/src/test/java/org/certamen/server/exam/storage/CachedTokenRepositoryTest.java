package org.certamen.server.exam.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.certamen.server.Await;
import org.certamen.server.TestClock;
import org.certamen.server.exam.domain.AccessToken;
import org.certamen.server.exam.domain.Role;
import org.certamen.server.exam.domain.TokenRepository;
import org.junit.jupiter.api.Test;

class CachedTokenRepositoryTest {
  private final TestClock clock = new TestClock();
  private final InMemoryTokenRepository tokens = new InMemoryTokenRepository(clock);
  private final AtomicInteger reads = new AtomicInteger();
  private final TokenRepository counted = new TokenRepository() {
    @Override
    public Future<Void> save(AccessToken token) {
      return tokens.save(token);
    }

    @Override
    public Future<Optional<AccessToken>> find(String value) {
      reads.incrementAndGet();
      return tokens.find(value);
    }
  };

  @Test
  void asksTheStoreOnceForATokenSeenBefore() {
    AccessToken token = candidateToken("s1.secret-one");
    Await.result(counted.save(token));
    CachedTokenRepository cached = new CachedTokenRepository(counted, clock);

    assertThat(Await.result(cached.find(token.value()))).contains(token);
    assertThat(Await.result(cached.find(token.value()))).contains(token);
    assertThat(reads.get()).isEqualTo(1);
  }

  @Test
  void neverServesAnExpiredToken() {
    AccessToken token = candidateToken("s1.secret-two");
    CachedTokenRepository cached = new CachedTokenRepository(counted, clock);
    Await.result(cached.save(token));
    assertThat(Await.result(cached.find(token.value()))).contains(token);

    clock.advance(Duration.ofHours(4));

    assertThat(Await.result(cached.find(token.value()))).isEmpty();
  }

  @Test
  void asksTheStoreEachTimeForAnUnknownToken() {
    CachedTokenRepository cached = new CachedTokenRepository(counted, clock);

    assertThat(Await.result(cached.find("s1.unknown"))).isEmpty();
    assertThat(Await.result(cached.find("s1.unknown"))).isEmpty();
    assertThat(reads.get()).isEqualTo(2);
  }

  private AccessToken candidateToken(String value) {
    return new AccessToken(value, Role.CANDIDATE, "s1", "c1", clock.instant().plus(Duration.ofHours(4)));
  }
}

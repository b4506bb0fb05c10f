package org.certamen.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.Supplier;
import org.certamen.processes.RedisProcess;
import org.certamen.server.Await;
import org.certamen.server.TestClock;
import org.certamen.server.planning.domain.Candidate;
import org.certamen.server.planning.domain.Session;
import org.certamen.server.redis.RedisConnection;
import org.certamen.server.exam.domain.AccessToken;
import org.certamen.server.exam.domain.Exam;
import org.certamen.server.exam.domain.Heartbeat;
import org.certamen.server.exam.domain.Role;
import org.certamen.server.shared.StoreUnavailableException;
import org.junit.jupiter.api.Test;

/**
 * A Redis of the test's own, with {@code appendfsync always}, killed with SIGKILL and started
 * again: every acknowledged write is back, and the same store serves again without help.
 */
class RedisStoreRestartIT {
  private final TestClock clock = new TestClock();

  @Test
  void keepsEveryAcknowledgedWriteAcrossAKillAndRecoversByItself() throws Exception {
    try (RedisProcess redis = RedisProcess.start()) {
      Store store = RedisStore.connect(redis.uri(), clock);
      try {
        Session session = new Session("123456", "Collège Jean Moulin", "1 rue de la Paix, Lyon",
            "Salle 12", "Mme Martin", LocalDate.parse("2026-11-28"), LocalTime.parse("09:00"),
            "ABCD12", "salt$hash");
        Candidate zoe = candidate("c1", "Lefèvre");
        Candidate leo = candidate("c2", "Martin");
        Heartbeat heartbeat = new Heartbeat("123456", "c1", clock.instant(), "1.0.0", true, 3);
        AccessToken token = new AccessToken("123456.secret", Role.CANDIDATE, "123456", "c1",
            clock.instant().plus(Duration.ofHours(4)));
        Await.result(store.sessions().create(session));
        Await.result(store.candidates().add(zoe));
        Await.result(store.candidates().add(leo));
        Exam exam = Await.result(store.exams().save(Exam.entered("123456", "c1", 0, clock.instant())));
        for (int i = 0; i < 5; i++) {
          exam = Await.result(store.exams().save(exam.enteredAgain(null, clock.instant())));
        }
        Await.result(store.presence().record(heartbeat));
        Await.result(store.tokens().save(token));
        Await.result(store.attempts().admit("123456", "access-code", 1, Duration.ofMinutes(5), true));

        redis.kill();
        assertThat(Await.failure(store.sessions().find("123456")))
            .isInstanceOf(StoreUnavailableException.class);

        redis.restart();
        assertThat(untilServed(() -> store.sessions().find("123456"))).contains(session);
        untilEveryConnectionServes(() -> store.sessions().find("123456"));
        assertThat(Await.result(store.candidates().listBySession("123456"))).containsExactly(zoe, leo);
        assertThat(Await.result(store.exams().find("123456", "c1"))).contains(exam);
        assertThat(Await.result(store.presence().find("123456", "c1"))).contains(heartbeat);
        assertThat(Await.result(store.tokens().find(token.value()))).contains(token);
        assertThat(Await.result(store.attempts().admit("123456", "access-code", 1,
            Duration.ofMinutes(5), false))).as("the attempt counted before the restart").isFalse();
        // Redis forgot its scripts: the compare-and-set sends its source again.
        Exam next = Await.result(store.exams().save(exam.enteredAgain(null, clock.instant())));
        assertThat(next.version()).isEqualTo(7);
        assertThat(Await.result(store.candidates().listBySession("123456"))).hasSize(2);
      } finally {
        Await.result(store.close());
      }
    }
  }

  /** The value once the store serves again after a restart; fails after about ten seconds. */
  static <T> T untilServed(Supplier<Future<T>> request) throws InterruptedException {
    for (int attempt = 0; ; attempt++) {
      Future<T> reply = request.get();
      try {
        return Await.result(reply);
      } catch (StoreUnavailableException e) {
        if (attempt == 100) {
          throw e;
        }
        Thread.sleep(100);
      }
    }
  }

  /**
   * Waits until two full rounds of the store's pooled connections serve in a row: each one
   * reconnects on its own, and the checks after a restart must not land on one still reconnecting.
   */
  private static void untilEveryConnectionServes(Supplier<Future<?>> request)
      throws InterruptedException {
    int servedInARow = 0;
    for (int attempt = 0; servedInARow < 2 * RedisConnection.CONNECTIONS; attempt++) {
      try {
        Await.result(request.get());
        servedInARow++;
      } catch (StoreUnavailableException e) {
        if (attempt > 1_000) {
          throw e;
        }
        servedInARow = 0;
        Thread.sleep(50);
      }
    }
  }

  private static Candidate candidate(String id, String lastName) {
    return new Candidate(id, "123456", lastName, "Zoé", LocalDate.parse("2012-03-04"), "3e B",
        "123456789AB", 10, true, null);
  }
}

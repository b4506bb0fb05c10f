package org.certamen.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.cluster.SlotHash;
import io.vertx.core.Future;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.certamen.server.Await;
import org.certamen.server.TestClock;
import org.certamen.server.planning.domain.Candidate;
import org.certamen.server.planning.domain.Session;
import org.certamen.server.redis.TestRedis;
import org.certamen.server.exam.domain.AccessToken;
import org.certamen.server.exam.domain.Exam;
import org.certamen.server.exam.domain.ExamRepository;
import org.certamen.server.exam.domain.Heartbeat;
import org.certamen.server.exam.domain.Role;
import org.certamen.server.shared.DomainException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The store contract on the shared Redis, and what only Redis must show: keys, TTLs, races. */
class RedisStoreIT extends StoreContractTest {
  private final String namespace = TestRedis.newNamespace();
  private final String sessionId = "r" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

  @Override
  protected Store newStore(TestClock clock) {
    return RedisStore.connect(TestRedis.SHARED_URI, namespace, clock);
  }

  @AfterEach
  void deleteKeys() {
    TestRedis.deleteNamespace(TestRedis.SHARED_URI, namespace);
  }

  @Test
  void keepsEveryKeyOfASessionUnderItsHashTag() {
    writeOneOfEverything();
    List<String> keys = TestRedis.keys(TestRedis.SHARED_URI, namespace);
    assertThat(keys).hasSize(8)
        .allSatisfy(key -> assertThat(key).startsWith(namespace + ":{" + sessionId + "}:"));
    assertThat(keys).extracting(SlotHash::getSlot).containsOnly(SlotHash.getSlot("{" + sessionId + "}"));
  }

  @Test
  void letsRedisExpireTokensAndFailureCounters() {
    writeOneOfEverything();
    List<Long> ttls = TestRedis.withCommands(TestRedis.SHARED_URI, redis ->
        TestRedis.keys(TestRedis.SHARED_URI, namespace).stream()
            .filter(key -> key.contains(":token:") || key.contains(":attempts:"))
            .map(redis::pttl).toList());
    assertThat(ttls).hasSize(2).allSatisfy(ttl ->
        assertThat(ttl).isPositive().isLessThanOrEqualTo(Duration.ofHours(4).toMillis()));
  }

  @Test
  void letsExactlyOneOfManyServersWinEachVersionOfAnExam() {
    // Two stores are two connections, like two servers sharing one Redis.
    Store other = newStore(clock);
    try {
      Exam exam = Await.result(store.exams().save(Exam.entered(sessionId, "c1", 0, clock.instant())));
      int contenders = 16;
      for (int round = 0; round < 10; round++) {
        List<Future<Exam>> saves = new ArrayList<>();
        for (int i = 0; i < contenders; i++) {
          Store server = i % 2 == 0 ? store : other;
          saves.add(server.exams().save(
              exam.enteredAgain(null, clock.instant())));
        }
        Await.result(Future.join(saves).otherwiseEmpty());
        List<Exam> winners = saves.stream().filter(Future::succeeded).map(Future::result).toList();
        assertThat(winners).hasSize(1);
        assertThat(saves.stream().filter(Future::failed).map(Future::cause))
            .hasSize(contenders - 1)
            .allSatisfy(failure -> assertThat(((DomainException) failure).code())
                .isEqualTo(ExamRepository.CONCURRENT_UPDATE));
        exam = winners.get(0);
        assertThat(Await.result(other.exams().find(sessionId, "c1"))).contains(exam);
      }
      assertThat(exam.version()).isEqualTo(11);
      assertThat(exam.events()).hasSize(11);
    } finally {
      Await.result(other.close());
    }
  }

  private void writeOneOfEverything() {
    Await.result(store.sessions().create(new Session(sessionId, "Collège Jean Moulin",
        "1 rue de la Paix, Lyon", "Salle 12", "Mme Martin", LocalDate.parse("2026-11-28"),
        LocalTime.parse("09:00"), "ABCD12", "salt$hash")));
    Await.result(store.candidates().add(new Candidate("c1", sessionId, "Lefèvre", "Zoé",
        LocalDate.parse("2012-03-04"), "3e B", "123456789AB", 0, false, null)));
    Await.result(store.exams().save(Exam.entered(sessionId, "c1", 0, clock.instant())));
    Await.result(store.presence().record(new Heartbeat(sessionId, "c1", clock.instant(), "1.0.0", true, 0)));
    Await.result(store.tokens().save(new AccessToken(sessionId + ".secret", Role.CANDIDATE, sessionId,
        "c1", clock.instant().plus(Duration.ofHours(4)))));
    Await.result(store.attempts().admit(sessionId, "access-code", 10, Duration.ofMinutes(5), true));
  }
}

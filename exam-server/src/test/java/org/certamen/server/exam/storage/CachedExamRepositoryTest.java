package org.certamen.server.exam.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.certamen.engine.bank.ItemPool;
import org.certamen.server.Await;
import org.certamen.server.TestBank;
import org.certamen.server.exam.domain.Exam;
import org.certamen.server.exam.domain.ExamEvent;
import org.certamen.server.exam.domain.ExamEventType;
import org.certamen.server.exam.domain.ExamRepository;
import org.certamen.server.exam.domain.ExamStatus;
import org.certamen.server.shared.DomainException;
import org.junit.jupiter.api.Test;

class CachedExamRepositoryTest {
  private static final Instant T0 = Instant.parse("2026-11-28T09:00:00Z");

  private final CountingReads store = new CountingReads(new InMemoryExamRepository());
  private final CachedExamRepository cached = new CachedExamRepository(store);

  @Test
  void updatesTheExamItSavedWithoutReadingItAgain() {
    Exam saved = Await.result(cached.save(Exam.entered("s1", "c1", 0, T0)));

    Exam authorized = Await.result(cached.update("s1", "c1",
        exam -> exam.authorize(T0)));

    assertThat(store.reads.get()).isZero();
    assertThat(authorized.version()).isEqualTo(saved.version() + 1);
    assertThat(Await.result(store.find("s1", "c1")).orElseThrow()).isEqualTo(authorized);
  }

  @Test
  void keepsAChangeAnotherServerMadeMeanwhile() {
    Exam mine = Await.result(cached.save(Exam.entered("s1", "c1", 0, T0)));
    Exam theirs = Await.result(store.save(mine.enteredAgain(null, T0.plusSeconds(5))));

    Exam changed = Await.result(cached.update("s1", "c1",
        exam -> exam.authorize(T0.plusSeconds(9))));

    assertThat(changed.version()).isEqualTo(theirs.version() + 1);
    assertThat(changed.events()).extracting(ExamEvent::type).containsExactly(
        ExamEventType.ENTERED, ExamEventType.ENTERED_AGAIN, ExamEventType.AUTHORIZED);
    assertThat(changed.status()).isEqualTo(ExamStatus.AUTHORIZED);
  }

  @Test
  void answersFromTheStoredExamWhenTheCopyWouldChangeNothing() {
    Exam mine = Await.result(cached.save(Exam.entered("s1", "c1", 0, T0)));
    Exam theirs = Await.result(store.save(mine.authorize(T0)));

    Exam seen = Await.result(cached.update("s1", "c1", exam -> exam));

    assertThat(seen).isEqualTo(theirs);
  }

  @Test
  void decidesARefusalOnTheStoredExamNotOnTheCopy() {
    Exam mine = Await.result(cached.save(Exam.entered("s1", "c1", 0, T0)));
    Await.result(store.save(mine.authorize(T0)));

    Exam started = Await.result(cached.update("s1", "c1", exam -> {
      if (exam.status() != ExamStatus.AUTHORIZED) {
        throw DomainException.conflict("NOT_AUTHORIZED", "not yet");
      }
      return exam.start(TestBank.design(), ItemPool.STANDARD, null, T0);
    }));

    assertThat(started.status()).isEqualTo(ExamStatus.IN_PROGRESS);
  }

  /** The store under the cache, counting the reads it serves. */
  private static final class CountingReads implements ExamRepository {
    private final ExamRepository exams;
    private final AtomicInteger reads = new AtomicInteger();

    CountingReads(ExamRepository exams) {
      this.exams = exams;
    }

    @Override
    public Future<Optional<Exam>> find(String sessionId, String candidateId) {
      reads.incrementAndGet();
      return exams.find(sessionId, candidateId);
    }

    @Override
    public Future<List<Exam>> listBySession(String sessionId) {
      return exams.listBySession(sessionId);
    }

    @Override
    public Future<Exam> save(Exam exam) {
      return exams.save(exam);
    }
  }
}

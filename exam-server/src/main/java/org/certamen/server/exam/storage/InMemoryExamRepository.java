package org.certamen.server.exam.storage;

import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;
import org.certamen.server.exam.domain.Exam;
import org.certamen.server.exam.domain.ExamRepository;
import org.certamen.server.memory.GroupedMap;

/** Exams by session and candidate; the compare-and-set is a {@link GroupedMap#compute} on the exam's key. */
public final class InMemoryExamRepository implements ExamRepository {
  private final GroupedMap<Exam> bySession = new GroupedMap<>();

  @Override
  public Future<Optional<Exam>> find(String sessionId, String candidateId) {
    return Future.succeededFuture(bySession.find(sessionId, candidateId));
  }

  @Override
  public Future<List<Exam>> listBySession(String sessionId) {
    return Future.succeededFuture(bySession.values(sessionId));
  }

  @Override
  public Future<Exam> save(Exam exam) {
    Exam saved = exam.withVersion(exam.version() + 1);
    boolean[] won = new boolean[1];
    bySession.compute(exam.sessionId(), exam.candidateId(), (id, stored) -> {
      long storedVersion = stored == null ? 0 : stored.version();
      won[0] = storedVersion == exam.version();
      return won[0] ? saved : stored;
    });
    return won[0] ? Future.succeededFuture(saved)
        : Future.failedFuture(ExamRepository.concurrentUpdate(exam));
  }
}

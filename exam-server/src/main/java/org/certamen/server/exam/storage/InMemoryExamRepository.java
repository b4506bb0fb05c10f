package org.certamen.server.exam.storage;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.certamen.server.exam.domain.Exam;
import org.certamen.server.exam.domain.ExamRepository;

/** Exams in one map per session; the compare-and-set is a {@link Map#compute} on the exam's key. */
public final class InMemoryExamRepository implements ExamRepository {
  private final Map<String, Map<String, Exam>> bySession = new ConcurrentHashMap<>();

  @Override
  public Future<Optional<Exam>> find(String sessionId, String candidateId) {
    return Future.succeededFuture(
        Optional.ofNullable(bySession.getOrDefault(sessionId, Map.of()).get(candidateId)));
  }

  @Override
  public Future<List<Exam>> listBySession(String sessionId) {
    return Future.succeededFuture(new ArrayList<>(bySession.getOrDefault(sessionId, Map.of()).values()));
  }

  @Override
  public Future<Exam> save(Exam exam) {
    Map<String, Exam> exams = bySession.computeIfAbsent(exam.sessionId(), id -> new ConcurrentHashMap<>());
    Exam saved = exam.withVersion(exam.version() + 1);
    boolean[] won = new boolean[1];
    exams.compute(exam.candidateId(), (id, stored) -> {
      long storedVersion = stored == null ? 0 : stored.version();
      won[0] = storedVersion == exam.version();
      return won[0] ? saved : stored;
    });
    return won[0] ? Future.succeededFuture(saved)
        : Future.failedFuture(ExamRepository.concurrentUpdate(exam));
  }
}

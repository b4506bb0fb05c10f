package org.certamen.server.operations;

import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.certamen.server.exam.domain.Exam;
import org.certamen.server.exam.domain.ExamRepository;

/**
 * The exams measured by plain calls: every answer goes through here, so no reflective proxy as
 * for the other repositories.
 */
record MeteredExamRepository(ExamRepository exams, StoreCallMeter meter)
    implements ExamRepository {
  @Override
  public Future<Optional<Exam>> find(String sessionId, String candidateId) {
    return meter.measure(() -> exams.find(sessionId, candidateId));
  }

  @Override
  public Future<List<Exam>> listBySession(String sessionId) {
    return meter.measure(() -> exams.listBySession(sessionId));
  }

  @Override
  public Future<Exam> save(Exam exam) {
    return meter.measure(() -> exams.save(exam));
  }

  @Override
  public Future<Exam> save(Exam before, Exam after) {
    return meter.measure(() -> exams.save(before, after));
  }

  @Override
  public Future<Exam> update(String sessionId, String candidateId, Function<Exam, Exam> change) {
    return meter.measure(() -> exams.update(sessionId, candidateId, change));
  }
}

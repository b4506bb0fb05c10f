package org.certamen.server.operations;

import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.certamen.server.exam.domain.Alert;
import org.certamen.server.exam.domain.Exam;
import org.certamen.server.exam.domain.ExamRepository;

/**
 * Counts what each saved change of an exam did — answers recorded, test started or ended, alerts
 * raised or resolved — by comparing the exam as read with the exam as saved. Every change of a
 * started exam goes through {@link #update}; counting there, after the store accepted the change,
 * counts each change once on the server that made it, whatever the domain method that made it.
 */
final class ExamActivity implements ExamRepository {
  private final ExamRepository exams;
  private final ProductMetrics metrics;

  ExamActivity(ExamRepository exams, ProductMetrics metrics) {
    this.exams = exams;
    this.metrics = metrics;
  }

  @Override
  public Future<Optional<Exam>> find(String sessionId, String candidateId) {
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

  @Override
  public Future<Exam> save(Exam before, Exam after) {
    return exams.save(before, after);
  }

  @Override
  public Future<Exam> update(String sessionId, String candidateId, Function<Exam, Exam> change) {
    // The change runs once per attempt; the last run is the one whose result was saved.
    Exam[] read = new Exam[1];
    return exams.update(sessionId, candidateId, stored -> {
      read[0] = stored;
      return change.apply(stored);
    }).onSuccess(saved -> {
      if (saved != read[0]) {
        count(read[0], saved);
      }
    });
  }

  private void count(Exam before, Exam after) {
    int answers = after.answers().size() - before.answers().size();
    if (answers > 0) {
      metrics.answersRecorded(answers);
    }
    if (!before.isStarted() && after.isStarted()) {
      metrics.testStarted();
    }
    if (!before.status().isEnded() && after.status().isEnded()) {
      metrics.testEnded(after.status(), before.isStarted());
    }
    List<Alert> alertsBefore = before.alerts();
    List<Alert> alertsAfter = after.alerts();
    for (int i = 0; i < alertsAfter.size(); i++) {
      Alert alert = alertsAfter.get(i);
      if (i >= alertsBefore.size()) {
        metrics.alertRaised(alert.kind());
        if (!alert.isOpen()) {
          metrics.alertResolved(alert.decision());
        }
      } else if (alertsBefore.get(i).isOpen() && !alert.isOpen()) {
        metrics.alertResolved(alert.decision());
      }
    }
  }
}

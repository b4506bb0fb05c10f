package org.certamen.server.exam.storage;

import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.certamen.server.exam.domain.Exam;
import org.certamen.server.exam.domain.ExamRepository;
import org.certamen.server.shared.RecentlyUsed;

/**
 * Exams of a remote store, with the last version this server saved or read kept at hand so that
 * an update (an answer) skips reading and decoding the exam; an ended exam is not kept. The copy
 * may be stale, when another server changed the exam: it is only trusted when the store's
 * compare-and-set accepts a change made from it. Anything else — a lost race, a refusal, a change that changes nothing — is done
 * again from a fresh read, so every reply reflects the stored exam. Plain reads always go to the
 * store.
 */
public final class CachedExamRepository implements ExamRepository {
  /** Exams of several thousand candidates at once, a few kilobytes each. */
  private static final int CAPACITY = 20_000;

  private final ExamRepository store;
  private final RecentlyUsed<Exam> recent = new RecentlyUsed<>(CAPACITY);

  public CachedExamRepository(ExamRepository store) {
    this.store = store;
  }

  @Override
  public Future<Optional<Exam>> find(String sessionId, String candidateId) {
    return store.find(sessionId, candidateId).onSuccess(found -> found.ifPresent(this::remember));
  }

  @Override
  public Future<List<Exam>> listBySession(String sessionId) {
    return store.listBySession(sessionId);
  }

  @Override
  public Future<Exam> save(Exam exam) {
    return remembered(store.save(exam), exam);
  }

  private Future<Exam> remembered(Future<Exam> saving, Exam exam) {
    return saving.onSuccess(this::remember).onFailure(failure -> recent.remove(key(exam)));
  }

  /** Keeps an exam underway; an ended one is rarely changed again and need not take memory. */
  private void remember(Exam exam) {
    if (exam.status().isEnded()) {
      recent.remove(key(exam));
    } else {
      recent.put(key(exam), exam);
    }
  }

  @Override
  public Future<Exam> save(Exam before, Exam after) {
    return remembered(store.save(before, after), after);
  }

  @Override
  public Future<Exam> update(String sessionId, String candidateId, Function<Exam, Exam> change) {
    Exam cached = recent.get(key(sessionId, candidateId));
    Exam changed;
    try {
      changed = cached == null ? null : change.apply(cached);
    } catch (RuntimeException refused) {
      changed = null;
    }
    if (changed == null || changed.equals(cached)) {
      return ExamRepository.super.update(sessionId, candidateId, change);
    }
    return save(cached, changed).recover(failure -> ExamRepository.isConcurrentUpdate(failure)
        ? ExamRepository.super.update(sessionId, candidateId, change)
        : Future.failedFuture(failure));
  }

  private static String key(Exam exam) {
    return key(exam.sessionId(), exam.candidateId());
  }

  private static String key(String sessionId, String candidateId) {
    return sessionId + "/" + candidateId;
  }
}

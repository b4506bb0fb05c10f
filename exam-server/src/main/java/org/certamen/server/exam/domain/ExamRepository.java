package org.certamen.server.exam.domain;

import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.certamen.server.shared.DomainException;
import org.certamen.server.shared.ErrorKind;

/**
 * Candidates' exams, with optimistic concurrency: a save succeeds only if nobody saved the exam
 * since it was read. Futures fail with {@link DomainException} {@code CONCURRENT_UPDATE} on a lost
 * race, and with the store's own exception when it is unreachable.
 */
public interface ExamRepository {
  /** The code of a lost compare-and-set. */
  String CONCURRENT_UPDATE = "CONCURRENT_UPDATE";

  /** How many times {@link #update} re-reads and re-applies a change after a lost race. */
  int UPDATE_ATTEMPTS = 20;

  /** The exam, or empty when the candidate never entered. */
  Future<Optional<Exam>> find(String sessionId, String candidateId);

  /** Every exam of the session (order unspecified). */
  Future<List<Exam>> listBySession(String sessionId);

  /**
   * Stores the exam if the stored version still equals {@code exam.version()} (0: no exam stored
   * yet) — a compare-and-set done atomically by the store. The future holds the stored exam, whose
   * version is one more; it fails with {@code CONCURRENT_UPDATE} and stores nothing otherwise.
   */
  Future<Exam> save(Exam exam);

  /**
   * Stores {@code after}, a change of {@code before} as this repository gave it, like
   * {@link #save(Exam)}: same compare-and-set, same result. A store may write only the difference
   * (one {@link AnswerStep} for an answer) instead of the whole exam.
   */
  default Future<Exam> save(Exam before, Exam after) {
    return save(after);
  }

  /**
   * Reads the exam, applies {@code change} and saves the result, starting again from a fresh read
   * when another request saved in between. A change that returns its input unchanged saves
   * nothing. The future fails with what {@code change} throws (nothing saved; but the end of a
   * test whose time ran out, {@link EndedMeanwhile}, is saved before failing with its refusal), with
   * {@code EXAM_NOT_FOUND} when there is no exam, or with {@code CONCURRENT_UPDATE} after
   * {@link #UPDATE_ATTEMPTS} lost races.
   */
  default Future<Exam> update(String sessionId, String candidateId, Function<Exam, Exam> change) {
    return update(sessionId, candidateId, change, UPDATE_ATTEMPTS);
  }

  private Future<Exam> update(String sessionId, String candidateId, Function<Exam, Exam> change,
      int attemptsLeft) {
    return find(sessionId, candidateId).compose(found -> {
      Exam exam = found.orElseThrow(() -> DomainException.notFound("EXAM_NOT_FOUND",
          "Candidate " + candidateId + " has not entered the exam"));
      Exam changed;
      DomainException refusal = null;
      try {
        changed = change.apply(exam);
      } catch (EndedMeanwhile timeUp) {
        changed = timeUp.ended();
        refusal = timeUp.refusal();
      }
      DomainException refused = refusal;
      if (changed.equals(exam)) {
        return refused == null ? Future.succeededFuture(exam) : Future.failedFuture(refused);
      }
      return save(exam, changed)
          .compose(stored -> refused == null ? Future.succeededFuture(stored)
              : Future.<Exam>failedFuture(refused))
          .recover(failure -> {
            if (attemptsLeft > 1 && isConcurrentUpdate(failure)) {
              return update(sessionId, candidateId, change, attemptsLeft - 1);
            }
            return Future.failedFuture(failure);
          });
    });
  }

  /** True for the failure of a lost compare-and-set. */
  static boolean isConcurrentUpdate(Throwable failure) {
    return failure instanceof DomainException e && e.code().equals(CONCURRENT_UPDATE);
  }

  /** The failure a store returns on a lost compare-and-set. */
  static DomainException concurrentUpdate(Exam exam) {
    return new DomainException(ErrorKind.CONFLICT, CONCURRENT_UPDATE,
        "The exam of candidate " + exam.candidateId() + " changed meanwhile; try again");
  }
}

package org.certamen.server.exam.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One answer as a store may log it instead of rewriting the whole exam: the answer given to the
 * question on screen and the question served next, or the test's completion when it was the
 * last; nothing else changed (the clock, the alerts and the event log are as they were, but for
 * the completion). Applying the steps of a log in order to the exam they started from gives back
 * the exam exactly, without choosing any item again.
 *
 * @param version the exam's version once this step is stored
 * @param answer the answer given, numbered after the exam's earlier answers
 * @param nextItemId the item served next, or null when this answer completed the test
 */
public record AnswerStep(long version, GivenAnswer answer, String nextItemId) {

  public AnswerStep {
    Objects.requireNonNull(answer);
  }

  /**
   * The step from {@code before} (as stored, version v) to {@code after} (to be stored at v + 1),
   * or empty when {@code after} is not just the next answer of {@code before}: a store writes it
   * whole then.
   */
  public static Optional<AnswerStep> between(Exam before, Exam after) {
    int count = before.answers().size();
    if (after.answers().size() != count + 1 || !before.isStarted() || !after.isStarted()
        || after.version() != before.version()
        || after.answers().get(count).questionNumber() != count + 1
        || !after.answers().subList(0, count).equals(before.answers())) {
      return Optional.empty();
    }
    AnswerStep step = new AnswerStep(after.version() + 1, after.answers().get(count),
        after.questionOnScreen());
    if (before.status() == ExamStatus.IN_PROGRESS && after.status() == ExamStatus.COMPLETED) {
      // Once per exam: checked by rebuilding it, which encodes the engine's state of both.
      return step.applyTo(before).equals(after.withVersion(step.version))
          ? Optional.of(step) : Optional.empty();
    }
    GivenAnswer answer = step.answer;
    boolean oneAnswerLater = step.nextItemId != null && sameOutsideTheTest(before, after)
        && answer.itemId().equals(before.questionOnScreen())
        && answer.at().equals(after.questionShownAt()) && answer.at().equals(after.lastActivityAt())
        && after.progress().responseCount() == before.progress().responseCount() + 1;
    return oneAnswerLater ? Optional.of(step) : Optional.empty();
  }

  /**
   * The exam after this step, from the exam it follows.
   *
   * @throws IllegalStateException when the step does not follow {@code before}
   */
  public Exam applyTo(Exam before) {
    if (version != before.version() + 1 || !before.isStarted()
        || answer.questionNumber() != before.answers().size() + 1) {
      throw new IllegalStateException("Answer step " + version + " does not follow version "
          + before.version() + " of the exam of candidate " + before.candidateId());
    }
    List<GivenAnswer> answers = new ArrayList<>(before.answers());
    answers.add(answer);
    Exam answered = new Exam(before.sessionId(), before.candidateId(), version, before.status(),
        before.allowed(), before.deadline(), before.frozenRemaining(), before.design(),
        before.progress().answered(answer.itemId(), answer.outcome(), nextItemId), answer.at(),
        answer.at(), answers, before.alerts(), before.events());
    return nextItemId == null ? answered.completed(answer.at()) : answered;
  }

  private static boolean sameOutsideTheTest(Exam before, Exam after) {
    return before.status() == after.status()
        && before.sessionId().equals(after.sessionId())
        && before.candidateId().equals(after.candidateId())
        && before.allowed().equals(after.allowed())
        && Objects.equals(before.deadline(), after.deadline())
        && Objects.equals(before.frozenRemaining(), after.frozenRemaining())
        && Objects.equals(before.design(), after.design())
        && before.alerts().equals(after.alerts())
        && before.events().equals(after.events());
  }
}

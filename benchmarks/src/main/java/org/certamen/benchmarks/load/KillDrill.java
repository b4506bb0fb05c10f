package org.certamen.benchmarks.load;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Kills the exam server with SIGKILL while candidates answer on Redis ({@code appendfsync
 * always}), starts it again, and checks over the API that every acknowledged answer is in the
 * store, that none is counted twice, and that every candidate resumes at the right question with
 * the time left at their last answer.
 *
 * @param launcher the command that runs the exam server (see {@link ExamServerProcess})
 * @param thinkMillis pause before each answer, so that the kill finds tests half done
 */
public record KillDrill(Vertx vertx, ServerLauncher launcher, int candidateCount, long thinkMillis) {
  /** How long the server stays dead: longer than the time tolerance, so a clock that ran shows. */
  private static final long OUTAGE_MILLIS = 3_000;
  /** Whole seconds of rounding and request time allowed on the remaining time. */
  private static final long TIME_TOLERANCE_SECONDS = 2;

  public DrillChecks run() {
    try (DrillServers servers = DrillServers.start(launcher)) {
      DrillChecks checks = servers.checks("kill");
      ExamServerProcess server = servers.server();
      LoadStats stats = new LoadStats();
      ApiClient api = server.client(vertx, candidateCount, stats);
      List<Room> rooms = servers.prepareRooms(api, candidateCount);
      List<SimulatedCandidate> candidates = DrillServers.candidates(rooms);

      FailurePolicy stopAtFailure = FailurePolicy.giveUp();
      List<Future<Void>> runs = new ArrayList<>();
      for (SimulatedCandidate candidate : candidates) {
        runs.add(candidate.enter(api)
            .compose(entered -> entered.ok() ? candidate.authorize(api) : Future.succeededFuture(entered))
            .compose(authorized -> authorized.ok() ? candidate.start(api) : Future.succeededFuture(authorized))
            .compose(started -> candidate.answer(api, vertx, thinkMillis, Integer.MAX_VALUE,
                stopAtFailure, stats)));
      }
      long killAt = candidates.size() * 32L / 3;
      while (stats.acknowledgedAnswers() < killAt && !Future.join(runs).isComplete()) {
        sleep(5);
      }
      server.kill();
      long killNanos = System.nanoTime();
      Await.result(Future.join(runs));
      api.close();
      long pending = candidates.stream().filter(c -> c.pendingAnswer() != null).count();
      checks.note(String.format("%d candidates in %d sessions on %s; SIGKILL after %d acknowledged"
          + " answers, %d answers in flight", candidates.size(), rooms.size(),
          servers.redis().uri(), stats.acknowledgedAnswers(), pending));

      sleep(OUTAGE_MILLIS);
      server.restart();
      ApiClient after = server.client(vertx, candidateCount, new LoadStats());
      Map<String, JsonObject> stored = Supervisions.lines(after, rooms);
      checkStoredAnswers(checks, candidates, stored);
      checkResume(checks, after, candidates, stored, killNanos);

      FailurePolicy retry = FailurePolicy.retry(3, 100);
      Await.result(Future.join(candidates.stream().map(candidate ->
          candidate.answer(after, vertx, 0, Integer.MAX_VALUE, retry, stats)).toList()));
      checkCompleted(checks, candidates, Supervisions.lines(after, rooms));
      after.close();
      return checks;
    }
  }

  private static void checkStoredAnswers(DrillChecks checks, List<SimulatedCandidate> candidates,
      Map<String, JsonObject> stored) {
    List<String> lost = new ArrayList<>();
    List<String> extra = new ArrayList<>();
    long acknowledged = 0;
    long recordedInFlight = 0;
    for (SimulatedCandidate candidate : candidates) {
      int answered = stored.get(candidate.candidateId()).getInteger("answered");
      int acked = candidate.acknowledged().size();
      acknowledged += acked;
      if (answered < acked) {
        lost.add(candidate.candidateId() + " (" + acked + " acknowledged, " + answered + " stored)");
      }
      int sent = acked + (candidate.pendingAnswer() == null ? 0 : 1);
      if (answered > sent) {
        extra.add(candidate.candidateId() + " (" + sent + " sent, " + answered + " stored)");
      }
      if (answered == acked + 1) {
        recordedInFlight++;
      }
    }
    checks.check("every acknowledged answer is in the store", lost.isEmpty(),
        acknowledged + " acknowledged before the kill; missing: " + lost);
    checks.check("no more answers stored than sent", extra.isEmpty(),
        recordedInFlight + " answers in flight were recorded without acknowledgement; too many: " + extra);
  }

  private static void checkResume(DrillChecks checks, ApiClient api,
      List<SimulatedCandidate> candidates, Map<String, JsonObject> stored, long killNanos) {
    List<String> failedSteps = new ArrayList<>();
    List<String> wrongQuestion = new ArrayList<>();
    List<String> wrongTime = new ArrayList<>();
    List<String> doubled = new ArrayList<>();
    int resumed = 0;
    for (SimulatedCandidate candidate : candidates) {
      JsonObject before = candidate.state();
      if (before != null && "COMPLETED".equals(before.getString("status"))) {
        continue;
      }
      long lastReplyNanos = candidate.stateAtNanos();
      int answered = stored.get(candidate.candidateId()).getInteger("answered");
      boolean wasUnderway = before != null && "IN_PROGRESS".equals(before.getString("status"));
      ApiClient.Reply entered = Await.result(candidate.enter(api));
      ApiClient.Reply authorized = entered.ok() ? Await.result(candidate.authorize(api)) : entered;
      ApiClient.Reply started = authorized.ok() ? Await.result(candidate.start(api)) : authorized;
      if (!started.ok()) {
        failedSteps.add(candidate.candidateId() + ": " + candidate.failures());
        continue;
      }
      if (!wasUnderway) {
        continue;
      }
      resumed++;
      JsonObject after = candidate.state();
      JsonObject pending = candidate.pendingAnswer();
      String questionOnScreen = before.getJsonObject("question").getString("id");
      boolean inFlightRecorded = answered == candidate.acknowledged().size() + 1;
      String expectedQuestion = inFlightRecorded ? null : questionOnScreen;
      String resumedQuestion = after.getJsonObject("question") == null ? null
          : after.getJsonObject("question").getString("id");
      if (after.getInteger("questionIndex") != answered + 1
          || (expectedQuestion != null && !expectedQuestion.equals(resumedQuestion))
          || (inFlightRecorded && questionOnScreen.equals(resumedQuestion))) {
        wrongQuestion.add(candidate.candidateId() + " (index " + after.getInteger("questionIndex")
            + " after " + answered + " answers, question " + resumedQuestion + ", was " + questionOnScreen + ")");
      }
      long remainingBefore = before.getLong("remainingSeconds");
      long secondsToKill = (killNanos - lastReplyNanos + 999_999_999L) / 1_000_000_000L;
      long remainingAfter = after.getLong("remainingSeconds");
      if (remainingAfter > remainingBefore
          || remainingAfter < remainingBefore - secondsToKill - TIME_TOLERANCE_SECONDS) {
        wrongTime.add(candidate.candidateId() + " (" + remainingBefore + " s left at the last answer, "
            + remainingAfter + " s after the resume)");
      }
      if (pending != null) {
        ApiClient.Reply again = Await.result(candidate.resendPendingAnswer(api));
        int expectedIndex = Math.min(32, candidate.acknowledged().size() + 1);
        if (!again.ok() || again.json().getInteger("questionIndex") != expectedIndex) {
          doubled.add(candidate.candidateId() + " (" + again.status() + " "
              + (again.json() == null ? "" : again.json().encode()) + ")");
        }
      }
    }
    checks.check("every candidate enters again, is authorised and resumes", failedSteps.isEmpty(),
        resumed + " tests resumed; failed: " + failedSteps);
    checks.check("every candidate resumes at the question after their last recorded answer",
        wrongQuestion.isEmpty(), "wrong: " + wrongQuestion);
    checks.check("every candidate resumes with the time left at their last answer (±"
        + TIME_TOLERANCE_SECONDS + " s), the outage not counted", wrongTime.isEmpty(), "wrong: " + wrongTime);
    checks.check("the answer in flight at the kill, sent again, counts once", doubled.isEmpty(),
        "wrong: " + doubled);
  }

  private static void checkCompleted(DrillChecks checks, List<SimulatedCandidate> candidates,
      Map<String, JsonObject> stored) {
    List<String> wrong = new ArrayList<>();
    for (SimulatedCandidate candidate : candidates) {
      JsonObject line = stored.get(candidate.candidateId());
      int answered = line.getInteger("answered");
      if (!"COMPLETED".equals(line.getString("status")) || answered != line.getInteger("questionCount")
          || candidate.acknowledged().size() != answered) {
        wrong.add(candidate.candidateId() + " (" + line.getString("status") + ", " + answered
            + " stored, " + candidate.acknowledged().size() + " distinct questions acknowledged)");
      }
    }
    checks.check("every test completes with each question answered exactly once", wrong.isEmpty(),
        candidates.size() + " tests; wrong: " + wrong);
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

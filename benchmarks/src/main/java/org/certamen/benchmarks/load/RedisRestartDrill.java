package org.certamen.benchmarks.load;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Kills and restarts Redis while candidates answer: during the outage requests fail fast with
 * 503 and a problem body, none waits past a timeout, and once Redis is back every test goes on
 * to the end by itself (candidates retry as a browser would).
 */
public record RedisRestartDrill(Vertx vertx, ServerLauncher launcher, int candidateCount,
    long thinkMillis) {
  private static final long OUTAGE_MILLIS = 3_000;
  /** A reply slower than this is a hang: the server's Redis timeout is 2 s. */
  static final long HANG_MILLIS = 5_000;

  public DrillChecks run() {
    try (DrillServers servers = DrillServers.start(launcher)) {
      DrillChecks checks = servers.checks("redis-restart");
      LoadStats stats = new LoadStats();
      ApiClient api = new ApiClient(vertx, List.of(servers.server().url()), candidateCount,
          HANG_MILLIS * 2, stats);
      List<Room> rooms = servers.prepareRooms(api, candidateCount);
      List<SimulatedCandidate> candidates = DrillServers.candidates(rooms);

      AtomicLong outageStart = new AtomicLong(Long.MAX_VALUE);
      AtomicLong outageEnd = new AtomicLong(Long.MAX_VALUE);
      AtomicLong firstSuccessAfter = new AtomicLong(Long.MAX_VALUE);
      LongAdder problems503 = new LongAdder();
      LongAdder during = new LongAdder();
      Set<String> badFailures = new TreeSet<>();
      List<Long> hangs = new ArrayList<>();
      api.observe(reply -> {
        if (reply.waitMicros() > HANG_MILLIS * 1000 || "TIMEOUT".equals(reply.code())) {
          synchronized (hangs) {
            hangs.add(reply.waitMicros() / 1000);
          }
        }
        if (reply.status() == 503 && reply.isProblem() && "STORE_UNAVAILABLE".equals(reply.code())) {
          problems503.increment();
        } else if (!reply.ok() && (reply.status() >= 500 || reply.status() == 0)) {
          synchronized (badFailures) {
            badFailures.add(reply.status() + " " + reply.code() + " " + reply.contentType());
          }
        }
        if (reply.sentNanos() >= outageStart.get() && reply.sentNanos() < outageEnd.get()) {
          during.increment();
        }
        if (reply.ok() && reply.sentNanos() >= outageEnd.get()) {
          firstSuccessAfter.accumulateAndGet(reply.sentNanos() + reply.micros() * 1000, Math::min);
        }
      });

      FailurePolicy retry = FailurePolicy.retry(Integer.MAX_VALUE, 200);
      List<Future<Void>> runs = new ArrayList<>();
      for (SimulatedCandidate candidate : candidates) {
        runs.add(candidate.enter(api)
            .compose(entered -> entered.ok() ? candidate.authorize(api) : Future.succeededFuture(entered))
            .compose(authorized -> authorized.ok() ? candidate.start(api) : Future.succeededFuture(authorized))
            .compose(started -> candidate.answer(api, vertx, thinkMillis, Integer.MAX_VALUE, retry, stats)));
      }
      long killAt = candidates.size() * 32L / 4;
      while (stats.acknowledgedAnswers() < killAt && !Future.join(runs).isComplete()) {
        KillDrill.sleep(5);
      }
      long acknowledgedBefore = stats.acknowledgedAnswers();
      outageStart.set(System.nanoTime());
      servers.redis().kill();
      KillDrill.sleep(OUTAGE_MILLIS);
      servers.redis().restart();
      outageEnd.set(System.nanoTime());
      long deadline = System.nanoTime() + 120_000_000_000L;
      while (!Future.join(runs).isComplete() && System.nanoTime() < deadline) {
        KillDrill.sleep(20);
      }
      retry.stop();
      Await.result(Future.join(runs));
      double recoverySeconds = firstSuccessAfter.get() == Long.MAX_VALUE ? -1
          : (firstSuccessAfter.get() - outageEnd.get()) / 1e9;
      checks.note(String.format("%d candidates; Redis killed after %d acknowledged answers, down"
          + " %.1f s; %d requests sent during the outage", candidates.size(), acknowledgedBefore,
          (outageEnd.get() - outageStart.get()) / 1e9, during.sum()));
      checks.check("requests fail with 503 STORE_UNAVAILABLE and a problem body during the outage",
          problems503.sum() > 0 && badFailures.isEmpty(),
          problems503.sum() + " problem replies 503; other failures: " + badFailures);
      checks.check("no request waits more than " + HANG_MILLIS + " ms", hangs.isEmpty(),
          "slower: " + hangs.size() + (hangs.isEmpty() ? "" : " (e.g. " + hangs.get(0) + " ms)"));
      checks.check("the server serves again by itself once Redis is back", recoverySeconds >= 0,
          String.format("first success %.2f s after Redis restarted", recoverySeconds));

      Map<String, JsonObject> stored = Supervisions.lines(api, rooms);
      List<String> wrong = new ArrayList<>();
      for (SimulatedCandidate candidate : candidates) {
        JsonObject line = stored.get(candidate.candidateId());
        int answered = line.getInteger("answered");
        // An answer refused with 503 may still have been recorded: it is then stored without an
        // acknowledgement, but never more often than it was sent.
        if (!"COMPLETED".equals(line.getString("status")) || answered != line.getInteger("questionCount")
            || answered < candidate.acknowledged().size() || answered > candidate.attempted().size()) {
          wrong.add(candidate.candidateId() + " (" + line.getString("status") + ", " + answered
              + " stored, " + candidate.acknowledged().size() + " acknowledged, "
              + candidate.attempted().size() + " questions answered)");
        }
      }
      checks.check("every test ends complete, each acknowledged answer stored, none stored twice",
          wrong.isEmpty(), candidates.size() + " tests; wrong: " + wrong);
      api.close();
      return checks;
    }
  }
}

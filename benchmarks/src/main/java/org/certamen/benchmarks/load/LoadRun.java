package org.certamen.benchmarks.load;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One load run: staff prepare the rooms, then every candidate enters, is authorised by the
 * room's invigilator, starts and answers, all at once or arriving over the rush window. With
 * several targets, each session is served by one of them (per-session affinity).
 */
public final class LoadRun {
  /** Rooms prepared at once before the run. */
  private static final int SETUP_PARALLELISM = 16;

  private final Vertx vertx;
  private final LoadOptions options;

  public LoadRun(Vertx vertx, LoadOptions options) {
    this.vertx = vertx;
    this.options = options;
  }

  /** Runs the load and reports it; blocks the calling thread, which must not be an event loop. */
  public LoadReport run() {
    long heapBefore = options.serverPid() > 0 ? ServerHeap.usedAfterGcBytes(options.serverPid()) : -1;
    ApiClient setup = new ApiClient(vertx, options.targets(), SETUP_PARALLELISM * 2,
        options.timeoutMillis(), new LoadStats());
    List<Room> rooms = Await.result(new Staff(setup, options.staffToken())
        .prepare(options.candidates(), SETUP_PARALLELISM, System.nanoTime()));
    setup.close();

    LoadStats stats = new LoadStats();
    // Per-session affinity, as a load balancer would route: every request of a session's
    // candidates and invigilator goes to one target, the sessions dealt out evenly in turn.
    List<ApiClient> clients = options.targets().stream().map(target -> new ApiClient(vertx,
        List.of(target), options.connections(), options.timeoutMillis(), stats)).toList();
    List<SimulatedCandidate> candidates = new ArrayList<>();
    List<ApiClient> candidateClients = new ArrayList<>();
    for (int r = 0; r < rooms.size(); r++) {
      for (SimulatedCandidate candidate : rooms.get(r).candidates()) {
        candidates.add(candidate);
        candidateClients.add(clients.get(r % clients.size()));
      }
    }
    FailurePolicy policy = FailurePolicy.retry(3, 100);
    AtomicInteger started = new AtomicInteger();
    // The steady window: from the moment every candidate answers to the first who stops; each
    // bound is {nanoTime, answers acknowledged by then}.
    long[] allStarted = {0, 0};
    long[] firstStopped = {0, 0};
    AtomicLong lastStartNanos = new AtomicLong();
    long beginNanos = System.nanoTime();
    long beginCpuNanos = processCpuNanos();
    if (options.seconds() > 0) {
      vertx.setTimer(options.seconds() * 1000L, timer -> policy.stop());
    }
    List<Future<Void>> runs = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      SimulatedCandidate candidate = candidates.get(i);
      ApiClient api = candidateClients.get(i);
      long delayMillis = (long) options.rushSeconds() * 1000 * i / candidates.size();
      Promise<Void> arrived = Promise.promise();
      if (delayMillis == 0) {
        arrived.complete();
      } else {
        vertx.setTimer(delayMillis, timer -> arrived.complete());
      }
      runs.add(arrived.future()
          .compose(ok -> candidate.enter(api))
          .compose(entered -> entered.ok() ? candidate.authorize(api) : Future.succeededFuture(entered))
          .compose(authorized -> authorized.ok() ? candidate.start(api) : Future.succeededFuture(authorized))
          .compose(startedReply -> {
            if (!candidate.isInProgress()) {
              return Future.succeededFuture();
            }
            lastStartNanos.accumulateAndGet(System.nanoTime(), Math::max);
            if (started.incrementAndGet() == candidates.size()) {
              synchronized (allStarted) {
                allStarted[0] = System.nanoTime();
                allStarted[1] = stats.acknowledgedAnswers();
              }
            }
            return candidate.answer(api, vertx, options.thinkMillis(), options.answers(), policy, stats)
                .onComplete(stopped -> {
                  synchronized (allStarted) {
                    if (firstStopped[0] == 0) {
                      firstStopped[0] = System.nanoTime();
                      firstStopped[1] = stats.acknowledgedAnswers();
                    }
                  }
                });
          }));
    }
    Await.result(Future.join(runs));
    long endNanos = System.nanoTime();
    long cpuNanos = processCpuNanos() - beginCpuNanos;
    clients.forEach(ApiClient::close);
    long heapAfter = options.serverPid() > 0 ? ServerHeap.usedAfterGcBytes(options.serverPid()) : -1;

    double steadySeconds;
    long steadyAnswers;
    synchronized (allStarted) {
      boolean steady = allStarted[0] != 0 && firstStopped[0] > allStarted[0];
      steadySeconds = steady ? (firstStopped[0] - allStarted[0]) / 1e9 : 0;
      steadyAnswers = steady ? firstStopped[1] - allStarted[1] : 0;
    }
    long completed = candidates.stream().filter(c -> "COMPLETED".equals(c.status())).count();
    Room first = rooms.get(0);
    return new LoadReport(options, (endNanos - beginNanos) / 1e9, stats, started.get(), completed,
        started.get() == 0 ? 0 : (lastStartNanos.get() - beginNanos) / 1e9,
        rooms.stream().filter(room -> room.responsesByTarget().size() == 1).count(),
        sessionsByTarget(rooms), rooms.size(), first, heapBefore, heapAfter, steadySeconds,
        steadyAnswers, cpuNanos);
  }

  /** How many sessions each target served at least one response of. */
  private static Map<String, Long> sessionsByTarget(List<Room> rooms) {
    Map<String, Long> counts = new TreeMap<>();
    rooms.forEach(room -> room.responsesByTarget().keySet()
        .forEach(target -> counts.merge(target, 1L, Long::sum)));
    return counts;
  }

  /** CPU time of this process so far, every thread included (the JIT's and the GC's too). */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}

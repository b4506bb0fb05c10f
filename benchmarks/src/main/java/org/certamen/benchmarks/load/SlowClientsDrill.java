package org.certamen.benchmarks.load;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Slow clients against a server allowed 1,024 file descriptors, on Redis: one address opens more
 * connections than the server has descriptors, each sending a request head and never finishing it,
 * while candidates from another address take their tests. Checks that candidates keep answering
 * (p99 under 1 s, no error) during the attack, that nothing fails once it stops and every test
 * completes, and that SIGTERM, sent while the attack runs again, stops the server within 10 s
 * with exit code 0.
 *
 * @param attackConnections connections the attacker holds (more than {@link #DESCRIPTOR_LIMIT}
 *     to exhaust a server without caps)
 * @param attackMillis how long candidates answer under attack; longer than the server's read
 *     timeout (10 s) to see connections cut and opened again
 * @param checkLatency whether the answers' p99 under attack must be under 1 s; tests leave
 *     times to the drill run on its own and only report them
 */
public record SlowClientsDrill(Vertx vertx, ServerLauncher launcher, int candidateCount,
    long thinkMillis, int attackConnections, long attackMillis, boolean checkLatency) {
  /** The common {@code ulimit -n}, with which slow clients once took the server down. */
  static final int DESCRIPTOR_LIMIT = 1024;
  static final String ATTACKER = "127.0.0.2";
  private static final Duration P99_LIMIT = Duration.ofSeconds(1);
  private static final long STOP_LIMIT_MILLIS = 10_000;

  public DrillChecks run() {
    try (DrillServers servers = DrillServers.start(launcher, DESCRIPTOR_LIMIT)) {
      DrillChecks checks = servers.checks("slow-clients");
      ExamServerProcess server = servers.server();
      ApiClient setup = server.client(vertx, 64, new LoadStats());
      List<Room> rooms = servers.prepareRooms(setup, candidateCount);
      List<SimulatedCandidate> candidates = DrillServers.candidates(rooms);
      Await.result(Future.join(candidates.stream().map(candidate -> candidate.enter(setup)
          .compose(entered -> candidate.authorize(setup))
          .compose(authorized -> candidate.start(setup))).toList()));
      checks.note(String.format("%d candidates in %d sessions on %s; server allowed %d file"
          + " descriptors; %d open before the attack", candidates.size(), rooms.size(),
          servers.redis().uri(), DESCRIPTOR_LIMIT, openDescriptors(server)));

      LoadStats before = answerFor(checks, candidates, server, attackMillis / 3, null);
      checks.note(String.format("before the attack, same candidates for %.0f s: %d answers, p50 %.1f ms,"
          + " p99 %.1f ms (what this machine gives without attack)", attackMillis / 3000.0,
          before.latency(SimulatedCandidate.ANSWER).getTotalCount(),
          LoadStats.percentileMillis(before.latency(SimulatedCandidate.ANSWER), 50),
          LoadStats.percentileMillis(before.latency(SimulatedCandidate.ANSWER), 99)));

      LoadStats during;
      try (SlowClients attack = new SlowClients(ATTACKER, port(server), attackConnections)) {
        during = answerFor(checks, candidates, server, attackMillis, attack);
        checks.note(String.format("attack from %s: %d connections held at once, %d opened in all,"
            + " %d closed by the server (refused over a cap or cut for overstaying), %d connects"
            + " failed", ATTACKER, attackConnections, attack.opened(), attack.closedByServer(),
            attack.failedToConnect()));
      }
      long p99 = during.latency(SimulatedCandidate.ANSWER).getValueAtPercentile(99);
      long answered = during.latency(SimulatedCandidate.ANSWER).getTotalCount();
      checks.check("candidates keep answering during the attack" + (checkLatency ? ", p99 under 1 s"
          : "") + ", no error",
          answered > 0 && (!checkLatency || p99 < P99_LIMIT.toNanos() / 1000) && during.errorCount() == 0,
          String.format("%d answers in %.0f s; p50 %.1f ms, p99 %.1f ms; errors %s", answered,
              attackMillis / 1000.0,
              LoadStats.percentileMillis(during.latency(SimulatedCandidate.ANSWER), 50),
              LoadStats.millis(p99), during.errors()));

      LoadStats after = new LoadStats();
      ApiClient afterApi = server.client(vertx, 64, after);
      Await.result(Future.join(candidates.stream().map(candidate -> candidate.answer(afterApi,
          vertx, 0, Integer.MAX_VALUE, FailurePolicy.giveUp(), after)).toList()));
      Map<String, JsonObject> lines = Supervisions.lines(afterApi, rooms);
      long completed = lines.values().stream()
          .filter(line -> "COMPLETED".equals(line.getString("status"))).count();
      checks.check("no error once the attack stops, and every test completes",
          after.errorCount() == 0 && completed == candidates.size(),
          String.format("%d answers after the attack, p99 %.1f ms; %d of %d tests completed;"
              + " errors %s; %d descriptors open", after.latency(SimulatedCandidate.ANSWER).getTotalCount(),
              LoadStats.percentileMillis(after.latency(SimulatedCandidate.ANSWER), 99),
              completed, candidates.size(), after.errors(), openDescriptors(server)));
      afterApi.close();
      setup.close();

      try (SlowClients attack = new SlowClients(ATTACKER, port(server), attackConnections)) {
        KillDrill.sleep(2_000);
        long signalled = System.nanoTime();
        server.terminate();
        Integer exit = server.awaitExit(STOP_LIMIT_MILLIS + 5_000);
        long stopMillis = (System.nanoTime() - signalled) / 1_000_000;
        checks.check("SIGTERM during the attack stops the server within 10 s with exit code 0",
            exit != null && exit == 0 && stopMillis < STOP_LIMIT_MILLIS,
            "exit code " + exit + " after " + stopMillis + " ms, " + attack.opened()
                + " slow connections opened");
      }
      return checks;
    }
  }

  /**
   * Candidates answer with the drill's think time for {@code millis}; the server's open
   * descriptors are noted near the end when an attack runs.
   */
  private LoadStats answerFor(DrillChecks checks, List<SimulatedCandidate> candidates,
      ExamServerProcess server, long millis, SlowClients attack) {
    LoadStats stats = new LoadStats();
    ApiClient api = server.client(vertx, 64, stats);
    FailurePolicy untilTimeIsUp = FailurePolicy.retry(Integer.MAX_VALUE, 100);
    List<Future<Void>> runs = candidates.stream().map(candidate -> candidate.answer(api, vertx,
        thinkMillis, Integer.MAX_VALUE, untilTimeIsUp, stats)).toList();
    KillDrill.sleep(millis);
    if (attack != null) {
      checks.note("server descriptors open near the end of the attack: " + openDescriptors(server));
    }
    untilTimeIsUp.stop();
    Await.result(Future.join(runs));
    api.close();
    return stats;
  }

  private static int port(ExamServerProcess server) {
    return server.url().getPort();
  }

  /** Descriptors the server process holds (Linux), or -1 where /proc cannot tell. */
  private static long openDescriptors(ExamServerProcess server) {
    String[] open = new File("/proc/" + server.pid() + "/fd").list();
    return open == null ? -1 : open.length;
  }
}

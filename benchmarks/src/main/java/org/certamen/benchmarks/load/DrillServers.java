package org.certamen.benchmarks.load;

import java.util.List;
import java.util.UUID;
import org.certamen.processes.RedisProcess;

/**
 * What a drill runs against: a Redis of its own and an exam server on it, whose staff token (fresh
 * for each drill) lets the drill plan sessions.
 */
record DrillServers(RedisProcess redis, ExamServerProcess server, String staffToken)
    implements AutoCloseable {

  /** Starts Redis, then an exam server on it. */
  static DrillServers start(ServerLauncher launcher) {
    return start(launcher, 0);
  }

  /**
   * Starts Redis, then an exam server on it allowed {@code descriptorLimit} open files (0 keeps
   * this process's limit).
   */
  static DrillServers start(ServerLauncher launcher, int descriptorLimit) {
    String staffToken = "drill-" + UUID.randomUUID();
    RedisProcess redis = RedisProcess.start();
    try {
      return new DrillServers(redis,
          ExamServerProcess.start(launcher, redis.uri(), staffToken, descriptorLimit), staffToken);
    } catch (RuntimeException e) {
      redis.close();
      throw e;
    }
  }

  /** The drill's checks, opening with a note of where the server's log is kept. */
  DrillChecks checks(String drill) {
    DrillChecks checks = new DrillChecks(drill);
    checks.note("server log: " + server.log());
    return checks;
  }

  /** Sessions of {@code candidateCount} candidates in all, planned by staff through {@code api}. */
  List<Room> prepareRooms(ApiClient api, int candidateCount) {
    return Await.result(new Staff(api, staffToken).prepare(candidateCount, 8, 1));
  }

  /** Every candidate of the rooms, room after room. */
  static List<SimulatedCandidate> candidates(List<Room> rooms) {
    return rooms.stream().flatMap(room -> room.candidates().stream()).toList();
  }

  /** Stops the exam server, then Redis, even when stopping the server fails. */
  @Override
  public void close() {
    try (redis) {
      server.close();
    }
  }
}

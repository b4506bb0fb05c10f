package org.certamen.benchmarks.load;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Sends malformed, oversized, wrongly typed and hostile requests to every operation of
 * {@code /api/openapi.json}: none may get a 5xx or change what staff, invigilators and candidates
 * can read, and the server must still serve afterwards.
 */
public final class FuzzDrill {
  private static final int PARALLELISM = 16;

  private final Vertx vertx;
  private final List<String> launcher;
  private final int requestCount;
  private final long seed;

  public FuzzDrill(Vertx vertx, List<String> launcher, int requestCount, long seed) {
    this.vertx = vertx;
    this.launcher = launcher;
    this.requestCount = requestCount;
    this.seed = seed;
  }

  public DrillChecks run() {
    DrillChecks checks = new DrillChecks("fuzz");
    String staffToken = "drill-" + UUID.randomUUID();
    try (RedisServerProcess redis = RedisServerProcess.start();
        ExamServerProcess server = ExamServerProcess.start(launcher, redis.uri(), staffToken)) {
      ApiClient api = new ApiClient(vertx, List.of(server.url()), PARALLELISM, 10_000, new LoadStats());
      ApiClient.Reply document = Await.result(api.get("openapi", "/api/openapi.json", null));
      List<ApiOperation> operations = ApiOperation.all(Staff.require(document, 200, "read the OpenAPI document"));
      FuzzFixture fixture = FuzzFixture.create(vertx, api, staffToken);
      JsonObject before = fixture.snapshot(api);

      FuzzRequests requests = new FuzzRequests(fixture, operations, seed);
      List<FuzzRequests.FuzzRequest> planned = new ArrayList<>();
      for (int i = 0; i < requestCount; i++) {
        planned.add(requests.next(i));
      }
      ConcurrentMap<String, LongAdder> byStatus = new ConcurrentHashMap<>();
      ConcurrentMap<String, LongAdder> byFamily = new ConcurrentHashMap<>();
      ConcurrentMap<String, LongAdder> byOperation = new ConcurrentHashMap<>();
      List<String> serverErrors = new ArrayList<>();
      Await.result(Sequences.forEach(planned.size(), PARALLELISM, index -> {
        FuzzRequests.FuzzRequest request = planned.get(index);
        return api.send(request.operation(), request.method(), request.path(), request.authorization(),
            request.body(), "application/json").map(reply -> {
              count(byStatus, Integer.toString(reply.status()));
              count(byFamily, request.family());
              count(byOperation, request.operation());
              if (reply.status() >= 500 || reply.status() == 0) {
                synchronized (serverErrors) {
                  serverErrors.add(reply.status() + " " + reply.code() + " for " + request.family() + " "
                      + request.method() + " " + abbreviated(request.path()));
                }
              }
              return null;
            });
      }));
      checks.note("server log: " + server.log());
      checks.note(requestCount + " requests over " + operations.size() + " operations; by status "
          + sums(byStatus) + "; by fault " + sums(byFamily));
      checks.check("at least one request to every operation of the OpenAPI document",
          operations.stream().allMatch(o -> byOperation.containsKey(o.name())),
          "requests by operation: " + sums(byOperation));
      checks.check("no 5xx and no dropped connection", serverErrors.isEmpty(),
          serverErrors.size() + " " + serverErrors.stream().limit(10).toList());
      ApiClient.Reply alive = Await.result(api.get("openapi", "/api/openapi.json", null));
      checks.check("the server still serves", alive.status() == 200, "GET /api/openapi.json: " + alive.status());
      JsonObject after = fixture.snapshot(api);
      List<String> changes = JsonDiff.differences(before, after);
      checks.check("nothing changed: sessions, supervision, events and exams read the same",
          changes.isEmpty(), changes.isEmpty() ? "identical" : "changed: " + changes);
      api.close();
    }
    return checks;
  }

  private static void count(ConcurrentMap<String, LongAdder> counts, String key) {
    counts.computeIfAbsent(key, k -> new LongAdder()).increment();
  }

  private static Map<String, Long> sums(Map<String, LongAdder> counts) {
    Map<String, Long> sums = new TreeMap<>();
    counts.forEach((key, count) -> sums.put(key, count.sum()));
    return sums;
  }

  private static String abbreviated(String text) {
    return text.length() <= 2000 ? text : text.substring(0, 2000) + "...";
  }
}

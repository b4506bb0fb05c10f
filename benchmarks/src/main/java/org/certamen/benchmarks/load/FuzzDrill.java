package org.certamen.benchmarks.load;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Sends malformed, oversized, wrongly typed and hostile requests to every operation of
 * {@code /api/openapi.json}, then a burst of them at once: none may get a 5xx or a refusal that is
 * not a problem, nor change what staff, invigilators and candidates can read, and the server must
 * still serve afterwards.
 */
public record FuzzDrill(Vertx vertx, ServerLauncher launcher, int requestCount, long seed) {
  private static final int PARALLELISM = 16;
  /** Requests sent at once after the others, each on a connection of its own. */
  private static final int BURST = 300;

  public DrillChecks run() {
    try (DrillServers servers = DrillServers.start(launcher)) {
      DrillChecks checks = servers.checks("fuzz");
      ExamServerProcess server = servers.server();
      ApiClient api = server.client(vertx, PARALLELISM, new LoadStats());
      ApiClient.Reply document = Await.result(api.get("openapi", "/api/openapi.json", null));
      List<ApiOperation> operations = ApiOperation.all(Staff.require(document, 200, "read the OpenAPI document"));
      FuzzFixture fixture = FuzzFixture.create(vertx, api, servers.staffToken());
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
      List<String> notProblems = new ArrayList<>();
      Await.result(Sequences.forEach(planned.size(), PARALLELISM, index -> {
        FuzzRequests.FuzzRequest request = planned.get(index);
        return send(api, request).map(reply -> {
          count(byStatus, Integer.toString(reply.status()));
          count(byFamily, request.family());
          count(byOperation, request.operation());
          judge(request, reply, serverErrors, notProblems);
          return null;
        });
      }));
      // A burst: many edge requests at once, each on a connection of its own.
      ApiClient burstClient = new ApiClient(vertx, List.of(server.url()), BURST, 30_000, new LoadStats());
      List<FuzzRequests.FuzzRequest> burst = new ArrayList<>();
      for (int i = 0; i < BURST; i++) {
        burst.add(requests.edge(operations.get(i % operations.size())));
      }
      ConcurrentMap<String, LongAdder> burstStatus = new ConcurrentHashMap<>();
      Await.result(Sequences.forEach(burst.size(), BURST, index -> send(burstClient, burst.get(index))
          .map(reply -> {
            count(burstStatus, Integer.toString(reply.status()));
            judge(burst.get(index), reply, serverErrors, notProblems);
            return null;
          })));
      burstClient.close();
      checks.note(requestCount + " requests over " + operations.size() + " operations; by status "
          + sums(byStatus) + "; by fault " + sums(byFamily) + "; then a burst of " + BURST
          + " at once: by status " + sums(burstStatus));
      checks.check("at least one request to every operation of the OpenAPI document",
          operations.stream().allMatch(o -> byOperation.containsKey(o.name())),
          "requests by operation: " + sums(byOperation));
      checks.check("no 5xx and no dropped connection", serverErrors.isEmpty(),
          serverErrors.size() + " " + serverErrors.stream().limit(10).toList());
      checks.check("every refusal is application/problem+json", notProblems.isEmpty(),
          notProblems.size() + " " + notProblems.stream().limit(10).toList());
      ApiClient.Reply alive = Await.result(api.get("openapi", "/api/openapi.json", null));
      checks.check("the server still serves", alive.status() == 200, "GET /api/openapi.json: " + alive.status());
      JsonObject after = fixture.snapshot(api);
      List<String> changes = JsonDiff.differences(before, after);
      checks.check("nothing changed: sessions, supervision, events and exams read the same",
          changes.isEmpty(), changes.isEmpty() ? "identical" : "changed: " + changes);
      api.close();
      return checks;
    }
  }

  private static Future<ApiClient.Reply> send(ApiClient api, FuzzRequests.FuzzRequest request) {
    return api.send(request.operation(), request.method(), request.path(), request.authorization(),
        request.body(), request.contentType());
  }

  private static void judge(FuzzRequests.FuzzRequest request, ApiClient.Reply reply,
      List<String> serverErrors, List<String> notProblems) {
    String what = reply.status() + " " + reply.code() + " for " + request.family() + " "
        + request.method() + " " + abbreviated(request.path());
    synchronized (serverErrors) {
      if (reply.status() >= 500 || reply.status() == 0) {
        serverErrors.add(what);
      } else if (reply.status() >= 400 && !reply.isProblem()) {
        notProblems.add(what + " (" + reply.contentType() + ")");
      }
    }
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

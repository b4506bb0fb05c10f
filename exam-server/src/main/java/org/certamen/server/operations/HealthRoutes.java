package org.certamen.server.operations;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.healthchecks.CheckResult;
import io.vertx.ext.healthchecks.HealthChecks;
import io.vertx.ext.healthchecks.Status;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.certamen.engine.bank.ItemBank;
import org.certamen.server.http.Problems;
import org.certamen.server.storage.Store;

/**
 * {@code GET /health/live} (the process serves requests) and {@code GET /health/ready} (the store
 * answers within {@link #STORE_TIMEOUT_MILLIS} and the bank is loaded), for load balancers and
 * orchestrators. No token; the answers name the checks and their state, nothing else (no address,
 * no error message).
 */
public final class HealthRoutes {
  /** Longest a store read may take for the server to count as ready. */
  public static final long STORE_TIMEOUT_MILLIS = 1000;
  /** A session number no session has: reading it is one store command that finds nothing. */
  private static final String PROBE_SESSION = "health-probe";

  private HealthRoutes() {
  }

  public static void mount(Router router, Vertx vertx, Store store, ItemBank bank) {
    HealthChecks checks = HealthChecks.create(vertx)
        .register("store", STORE_TIMEOUT_MILLIS, promise -> store.sessions().find(PROBE_SESSION)
            .onComplete(read -> promise.complete(read.succeeded() ? Status.OK() : Status.KO())))
        .register("bank", promise -> promise.complete(
            bank.items().isEmpty() ? Status.KO() : Status.OK()));
    router.get("/health/live").handler(ctx -> json(ctx, new JsonObject().put("status", "UP")));
    router.get("/health/ready").handler(ctx -> checks.checkStatus()
        .onSuccess(result -> ready(ctx, result))
        .onFailure(ctx::fail));
  }

  private static void ready(RoutingContext ctx, CheckResult result) {
    List<String> down = result.getChecks().stream()
        .filter(check -> !CheckResult.isUp(check)).map(CheckResult::getId).toList();
    if (!down.isEmpty()) {
      ctx.response().putHeader("Retry-After", "1");
      Problems.write(ctx, 503, "NOT_READY", "Not ready: " + String.join(", ", down));
      return;
    }
    JsonArray states = new JsonArray();
    result.getChecks().stream().map(CheckResult::getId).sorted()
        .forEach(id -> states.add(new JsonObject().put("id", id).put("status", "UP")));
    json(ctx, new JsonObject().put("status", "UP").put("checks", states));
  }

  private static void json(RoutingContext ctx, JsonObject body) {
    ctx.response().putHeader("Content-Type", "application/json").putHeader("Cache-Control", "no-store")
        .end(body.encode());
  }
}

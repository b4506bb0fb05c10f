package org.certamen.server.operations;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.micrometer.PrometheusScrapingHandler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.certamen.server.http.Problems;

/**
 * {@code GET /metrics} in Prometheus' text format, open or behind {@code Authorization: Bearer
 * TOKEN} when the server has a metrics token ({@code --metrics-token}).
 */
public final class MetricsRoute {
  private MetricsRoute() {
  }

  /** @param token the token to ask for, or null to leave the metrics open */
  public static void mount(Router router, PrometheusMeterRegistry registry, String token) {
    var route = router.get("/metrics");
    if (token != null) {
      byte[] expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
      route.handler(ctx -> {
        if (authorized(ctx, expected)) {
          ctx.next();
        } else {
          ctx.response().putHeader("WWW-Authenticate", "Bearer");
          Problems.write(ctx, 401, "INVALID_TOKEN", "The metrics need the metrics token");
        }
      });
    }
    route.handler(PrometheusScrapingHandler.create(registry));
  }

  private static boolean authorized(RoutingContext ctx, byte[] expected) {
    String sent = ctx.request().getHeader("Authorization");
    // Compared in constant time, as any secret.
    return sent != null
        && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), expected);
  }
}

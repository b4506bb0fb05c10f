package org.certamen.server.operations;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import org.certamen.server.http.RequestIds;
import org.certamen.server.http.RouteTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one line per response at INFO on logger {@code certamen.access}: request id, method,
 * route template, status and duration. Neither the raw path, the query, the headers nor the body
 * are written, so no token, password, access code or answer can reach the log. Also counts the
 * rate limits' refusals (429), which only the response tells.
 */
public final class AccessLog implements Handler<RoutingContext> {
  private static final Logger LOG = LoggerFactory.getLogger("certamen.access");
  private static final int TOO_MANY_REQUESTS = 429;

  private final ProductMetrics metrics;

  public AccessLog(ProductMetrics metrics) {
    this.metrics = metrics;
  }

  @Override
  public void handle(RoutingContext ctx) {
    long start = System.nanoTime();
    ctx.addBodyEndHandler(ended -> {
      int status = ctx.response().getStatusCode();
      if (status == TOO_MANY_REQUESTS) {
        metrics.rateLimitRefused(RouteTemplate.of(ctx));
      }
      if (LOG.isInfoEnabled()) {
        LOG.atInfo()
            .addKeyValue("requestId", RequestIds.of(ctx))
            .addKeyValue("method", ctx.request().method().name())
            .addKeyValue("route", RouteTemplate.of(ctx))
            .addKeyValue("status", status)
            .addKeyValue("durationMillis", (System.nanoTime() - start) / 10_000 / 100.0)
            .log("request");
      }
    });
    ctx.next();
  }
}

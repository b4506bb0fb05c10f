package org.certamen.server.http;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.certamen.server.shared.DomainException;
import org.certamen.server.shared.ErrorKind;
import org.certamen.server.shared.FieldError;
import org.certamen.server.shared.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes every failure as {@code application/problem+json} {@code {type, title, status, detail,
 * code, requestId}}. The one place where error kinds become HTTP statuses.
 */
public final class Problems {
  public static final String CONTENT_TYPE = "application/problem+json";
  private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
  private static final Map<ErrorKind, Integer> STATUS = new EnumMap<>(Map.of(
      ErrorKind.INVALID_INPUT, 400,
      ErrorKind.UNAUTHENTICATED, 401,
      ErrorKind.FORBIDDEN, 403,
      ErrorKind.NOT_FOUND, 404,
      ErrorKind.CONFLICT, 409,
      ErrorKind.PAYLOAD_TOO_LARGE, 413,
      ErrorKind.TOO_MANY_ATTEMPTS, 429));
  private static final Map<Integer, String> TITLES = Map.of(
      400, "Bad Request", 401, "Unauthorized", 403, "Forbidden", 404, "Not Found",
      405, "Method Not Allowed", 409, "Conflict", 413, "Content Too Large",
      429, "Too Many Requests", 500, "Internal Server Error", 503, "Service Unavailable");

  private Problems() {
  }

  /** The failure handler of the router. */
  public static void handleFailure(RoutingContext ctx) {
    Throwable failure = ctx.failure();
    if (failure instanceof DomainException e) {
      write(ctx, STATUS.get(e.kind()), e.code(), e.detail(), e.errors());
    } else if (failure instanceof StoreUnavailableException) {
      // Expected during a store outage: one line per request would flood the log.
      LOG.debug("Store unavailable (request {})", RequestIds.of(ctx), failure);
      ctx.response().putHeader("Retry-After", "1");
      write(ctx, 503, "STORE_UNAVAILABLE", "The server cannot reach its store; retry in a moment");
    } else if (ctx.statusCode() == 413 || failure instanceof HttpException h && h.getStatusCode() == 413) {
      write(ctx, 413, "BODY_TOO_LARGE", "The request body is larger than the server accepts");
    } else if (failure instanceof HttpException h && h.getStatusCode() < 500) {
      write(ctx, h.getStatusCode(), "INVALID_REQUEST", String.valueOf(h.getPayload()));
    } else if (failure == null && ctx.statusCode() >= 400 && ctx.statusCode() < 500) {
      write(ctx, ctx.statusCode(), "INVALID_REQUEST", "The request was refused");
    } else {
      LOG.error("Unexpected failure on {} {} (request {})", ctx.request().method(),
          RouteTemplate.of(ctx), RequestIds.of(ctx), failure);
      write(ctx, 500, "INTERNAL_ERROR", "The server failed; the request may be retried");
    }
  }

  /** The handler for requests no route matches. */
  public static void routeNotFound(RoutingContext ctx) {
    write(ctx, 404, "ROUTE_NOT_FOUND", "No resource at " + ctx.request().path());
  }

  /** The handler for a known path called with another method. */
  public static void methodNotAllowed(RoutingContext ctx) {
    write(ctx, 405, "METHOD_NOT_ALLOWED",
        ctx.request().method() + " is not allowed on " + ctx.request().path());
  }

  /** Answers a problem with no field errors. */
  public static void write(RoutingContext ctx, int status, String code, String detail) {
    write(ctx, status, code, detail, List.of());
  }

  /** A problem, with an {@code errors} array of {@code {field, detail}} when there are several. */
  private static void write(RoutingContext ctx, int status, String code, String detail,
      List<FieldError> errors) {
    HttpServerResponse response = ctx.response();
    if (response.ended()) {
      return;
    }
    JsonObject problem = new JsonObject()
        .put("type", "urn:certamen:problem:" + code)
        .put("title", TITLES.getOrDefault(status, "Error"))
        .put("status", status)
        .put("detail", detail)
        .put("code", code)
        .put("requestId", RequestIds.of(ctx));
    if (!errors.isEmpty()) {
      JsonArray list = new JsonArray();
      errors.forEach(e -> list.add(new JsonObject().put("field", e.field()).put("detail", e.detail())));
      problem.put("errors", list);
    }
    response.setStatusCode(status).putHeader("Content-Type", CONTENT_TYPE).end(problem.encode());
  }
}

package org.certamen.server.http;

import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpServerRequest;
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
  private static final Map<Integer, String> TITLES = Map.ofEntries(
      Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
      Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"),
      Map.entry(409, "Conflict"), Map.entry(413, "Content Too Large"),
      Map.entry(414, "URI Too Long"), Map.entry(415, "Unsupported Media Type"),
      Map.entry(429, "Too Many Requests"), Map.entry(431, "Request Header Fields Too Large"),
      Map.entry(500, "Internal Server Error"), Map.entry(503, "Service Unavailable"));
  /** What the HTTP layer itself refuses, before any route runs: code and detail by status. */
  private static final Map<Integer, Refusal> FRAMEWORK_REFUSALS = Map.of(
      400, new Refusal("INVALID_REQUEST", "The request is malformed (a bad %-escape, a bad header)"),
      413, new Refusal("BODY_TOO_LARGE", "The request body is larger than the server accepts"),
      414, new Refusal("URI_TOO_LONG", "The request's address is longer than the server accepts"),
      415, new Refusal("UNSUPPORTED_MEDIA_TYPE", "The request body must be JSON (application/json)"),
      431, new Refusal("HEADERS_TOO_LARGE", "The request's headers are larger than the server accepts"));

  private record Refusal(String code, String detail) {
  }

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
    } else if (failure instanceof HttpException h && h.getStatusCode() < 500) {
      frameworkRefusal(ctx, h.getStatusCode());
    } else if ((failure == null || failure instanceof IllegalArgumentException)
        && ctx.statusCode() >= 400 && ctx.statusCode() < 500) {
      // Vert.x Web fails a bad %-escape with its decoding exception: a client's mistake.
      frameworkRefusal(ctx, ctx.statusCode());
    } else if (failure instanceof HttpClosedException) {
      // The client went away, or the connection watch closed a request that never ended: nothing
      // failed on our side, and there is no one left to answer.
      LOG.debug("Connection closed before the request was served (request {})", RequestIds.of(ctx));
    } else {
      LOG.error("Unexpected failure on {} {} (request {})", ctx.request().method(),
          RouteTemplate.of(ctx), RequestIds.of(ctx), failure);
      write(ctx, 500, "INTERNAL_ERROR", "The server failed; the request may be retried");
    }
  }

  /** Writes a refusal of the framework's own (a bad escape, a body of another type, …). */
  public static void frameworkRefusal(RoutingContext ctx, int status) {
    Refusal refusal = FRAMEWORK_REFUSALS.getOrDefault(status,
        new Refusal("INVALID_REQUEST", "The request was refused"));
    write(ctx.response(), status, refusal.code(), refusal.detail(), List.of());
  }

  /**
   * The server's handler for requests it cannot even decode (a head over its limits, a bad
   * request line); the connection is then closed, as the default handler does.
   */
  public static void invalidRequest(HttpServerRequest request) {
    Throwable cause = request.decoderResult().cause();
    int status = cause instanceof TooLongHttpLineException ? 414
        : cause instanceof TooLongHttpHeaderException ? 431 : 400;
    Refusal refusal = FRAMEWORK_REFUSALS.get(status);
    request.response().putHeader("Connection", "close");
    write(request.response(), status, refusal.code(), refusal.detail(), List.of());
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

  private static void write(RoutingContext ctx, int status, String code, String detail,
      List<FieldError> errors) {
    write(ctx.response(), status, code, detail, errors);
  }

  /** A problem, with an {@code errors} array of {@code {field, detail}} when there are several. */
  private static void write(HttpServerResponse response, int status, String code, String detail,
      List<FieldError> errors) {
    if (response.ended()) {
      return;
    }
    JsonObject problem = new JsonObject()
        .put("type", "urn:certamen:problem:" + code)
        .put("title", TITLES.getOrDefault(status, "Error"))
        .put("status", status)
        .put("detail", detail)
        .put("code", code)
        .put("requestId", RequestIds.of(response));
    if (!errors.isEmpty()) {
      JsonArray list = new JsonArray();
      errors.forEach(e -> list.add(new JsonObject().put("field", e.field()).put("detail", e.detail())));
      problem.put("errors", list);
    }
    response.setStatusCode(status).putHeader("Content-Type", CONTENT_TYPE).end(problem.encode());
  }
}

package org.certamen.server.http;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Refuses with 415 a body of a type the route does not take, before anything reads it: a form or
 * multipart body would otherwise be decoded by the framework, which is work spent on a request
 * that is refused anyway (and failed with 500 above a few kilobytes).
 */
public final class BodyTypes {
  private BodyTypes() {
  }

  /** For the API: a body, when there is one, is JSON ({@code application/json} or {@code +json}). */
  public static Handler<RoutingContext> json() {
    return ctx -> check(ctx, BodyTypes::isJson);
  }

  /** For routes that take a file as the body: any type but a form or multipart. */
  public static Handler<RoutingContext> file() {
    return ctx -> check(ctx, type -> !type.equals("application/x-www-form-urlencoded")
        && !type.startsWith("multipart/"));
  }

  private static void check(RoutingContext ctx, Predicate<String> accepted) {
    // A body already taken by a route's own handler was checked there.
    if (!hasBody(ctx.request()) || ctx.body().available() || accepted.test(mediaType(ctx.request()))) {
      ctx.next();
    } else {
      ctx.fail(new HttpException(415));
    }
  }

  /** Whether a request has no body or a JSON one. */
  static boolean acceptsJson(HttpServerRequest request) {
    return !hasBody(request) || isJson(mediaType(request));
  }

  private static boolean hasBody(HttpServerRequest request) {
    String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
    return request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null
        || length != null && !length.strip().equals("0");
  }

  /** The type without its parameters, in lower case; empty when absent. */
  private static String mediaType(HttpServerRequest request) {
    String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
    if (type == null) {
      return "";
    }
    int parameters = type.indexOf(';');
    return (parameters < 0 ? type : type.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
  }

  private static boolean isJson(String type) {
    return type.equals("application/json")
        || type.startsWith("application/") && type.endsWith("+json");
  }
}

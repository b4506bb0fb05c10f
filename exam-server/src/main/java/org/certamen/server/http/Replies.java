package org.certamen.server.http;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Route handlers written as functions from the request to a future body: JSON, or a file to
 * download. A refusal, even thrown before any future, reaches the failure handler.
 */
public final class Replies {
  /** Written as bytes, with no check of its characters per reply. */
  private static final CharSequence JSON =
      HttpHeaders.createOptimized("application/json; charset=utf-8");

  private Replies() {
  }

  /** A file sent as an attachment, never cached. */
  public record Attachment(Buffer bytes, String contentType, String fileName) {
  }

  /** A handler answering {@code status} with the JSON the action produced, or failing the route. */
  public static Handler<RoutingContext> json(int status,
      Function<RoutingContext, Future<?>> action) {
    return ctx -> reply(ctx, action, value -> ctx.response().setStatusCode(status)
        .putHeader(HttpHeaders.CONTENT_TYPE, JSON).end(JsonBytes.of(value)));
  }

  /** A handler sending the file the action produced, or failing the route. */
  public static Handler<RoutingContext> attachment(
      Function<RoutingContext, Future<Attachment>> action) {
    return ctx -> reply(ctx, action, file -> ctx.response()
        .putHeader("Content-Type", file.contentType())
        .putHeader("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
        .putHeader("Cache-Control", "no-store")
        .end(file.bytes()));
  }

  private static <T> void reply(RoutingContext ctx,
      Function<RoutingContext, ? extends Future<? extends T>> action, Consumer<T> send) {
    Future<? extends T> body;
    try {
      body = action.apply(ctx);
    } catch (RuntimeException e) {
      ctx.fail(e);
      return;
    }
    body.onSuccess(send::accept).onFailure(ctx::fail);
  }
}

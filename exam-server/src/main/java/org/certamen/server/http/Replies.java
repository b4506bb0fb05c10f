package org.certamen.server.http;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.function.Function;

/** Route handlers written as functions from the request to a future JSON body. */
public final class Replies {
  private Replies() {
  }

  /** A handler answering {@code status} with the JSON the action produced, or failing the route. */
  public static Handler<RoutingContext> json(int status,
      Function<RoutingContext, Future<?>> action) {
    return ctx -> {
      Future<?> body;
      try {
        body = action.apply(ctx);
      } catch (RuntimeException e) {
        ctx.fail(e);
        return;
      }
      body.onSuccess(value -> {
        String encoded = value instanceof JsonObject o ? o.encode() : ((JsonArray) value).encode();
        ctx.response().setStatusCode(status)
            .putHeader("Content-Type", "application/json; charset=utf-8")
            .end(encoded);
      }).onFailure(ctx::fail);
    };
  }
}

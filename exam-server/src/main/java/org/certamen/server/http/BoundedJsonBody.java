package org.certamen.server.http;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import io.vertx.ext.web.impl.RoutingContextInternal;

/**
 * Reads a route's JSON body into its context as the general body handler does, for the routes
 * matched before it (a candidate's answers, thousands a second): 415 for a body of another type,
 * 413 for one over the limit, declared or sent, with never more than the limit held.
 */
public record BoundedJsonBody(long limit) implements Handler<RoutingContext> {
  @Override
  public void handle(RoutingContext ctx) {
    HttpServerRequest request = ctx.request();
    if (!BodyTypes.acceptsJson(request)) {
      ctx.fail(new HttpException(415));
      return;
    }
    long declared = declaredLength(request);
    if (declared > limit) {
      ctx.fail(413);
      return;
    }
    if (request.isEnded()) {
      ctx.fail(new IllegalStateException("The body was read before this handler"));
      return;
    }
    if (request.version() == HttpVersion.HTTP_1_1
        && "100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
      request.response().writeContinue();
    }
    Reading reading = new Reading(ctx, Buffer.buffer((int) Math.max(declared, 0)));
    request.handler(reading).endHandler(reading::end).resume();
  }

  /** The declared Content-Length; -1 without one (chunked) or for an unreadable one. */
  private static long declaredLength(HttpServerRequest request) {
    String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
    if (length == null) {
      return -1;
    }
    try {
      return Long.parseLong(length.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** One request's body as it arrives. */
  private final class Reading implements Handler<Buffer> {
    private final RoutingContext ctx;
    private final Buffer body;
    private boolean tooLarge;

    Reading(RoutingContext ctx, Buffer body) {
      this.ctx = ctx;
      this.body = body;
    }

    @Override
    public void handle(Buffer chunk) {
      if (tooLarge) {
        return;
      }
      if (body.length() + (long) chunk.length() > limit) {
        tooLarge = true;
        ctx.fail(413);
        return;
      }
      body.appendBuffer(chunk);
    }

    void end(Void ended) {
      if (!tooLarge) {
        ((RoutingContextInternal) ctx).setBody(body);
        ctx.next();
      }
    }
  }
}

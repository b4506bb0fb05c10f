package org.certamen.server.http;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * Headers every reply carries so that a browser runs nothing but the server's own files: no
 * inline script or style, no other origin, no framing (against clickjacking an exam page), no
 * guessing of content types, no address leaked in a {@code Referer}. API replies are never
 * cached, as they carry tokens, answers and results.
 */
public final class SecurityHeaders {
  /** The pages load their own modules and style sheets and call their own API, nothing else. */
  public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; "
      + "style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
      + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  private SecurityHeaders() {
  }

  /** The handler that adds them, before any other handler answers. */
  public static Handler<RoutingContext> create() {
    return ctx -> {
      HttpServerResponse response = ctx.response();
      response.putHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY)
          .putHeader("X-Content-Type-Options", "nosniff")
          .putHeader("Referrer-Policy", "no-referrer");
      if (ctx.request().path().startsWith("/api/")) {
        response.putHeader("Cache-Control", "no-store");
      }
      ctx.next();
    };
  }
}

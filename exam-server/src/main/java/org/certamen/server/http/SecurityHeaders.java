package org.certamen.server.http;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
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

  private static final CharSequence CSP_NAME = HttpHeaders.createOptimized("Content-Security-Policy");
  private static final CharSequence CSP_VALUE = HttpHeaders.createOptimized(CONTENT_SECURITY_POLICY);
  private static final CharSequence TYPE_OPTIONS = HttpHeaders.createOptimized("X-Content-Type-Options");
  private static final CharSequence NOSNIFF = HttpHeaders.createOptimized("nosniff");
  private static final CharSequence REFERRER_POLICY = HttpHeaders.createOptimized("Referrer-Policy");
  private static final CharSequence NO_REFERRER = HttpHeaders.createOptimized("no-referrer");
  private static final CharSequence NO_STORE = HttpHeaders.createOptimized("no-store");

  private SecurityHeaders() {
  }

  /**
   * The handler that adds them, before any other handler answers. Names and values are ASCII
   * encoded once: a reply copies their bytes.
   */
  public static Handler<RoutingContext> create() {
    return ctx -> {
      HttpServerResponse response = ctx.response();
      response.putHeader(CSP_NAME, CSP_VALUE)
          .putHeader(TYPE_OPTIONS, NOSNIFF)
          .putHeader(REFERRER_POLICY, NO_REFERRER);
      if (ctx.request().path().startsWith("/api/")) {
        response.putHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
      }
      ctx.next();
    };
  }
}

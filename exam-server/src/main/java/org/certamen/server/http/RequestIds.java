package org.certamen.server.http;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Gives every request an id, returned in the {@code X-Request-Id} header, written in every problem
 * body and in the logs, so that a user's report, a proxy's log and the server's log can be matched.
 * The id a reverse proxy sent is kept only when the connection comes from one of the trusted
 * proxies (anyone else could send ids that mislead the logs), and only when it is short and plain.
 */
public record RequestIds(Set<String> trustedProxies) implements Handler<RoutingContext> {
  public static final String HEADER = "X-Request-Id";
  private static final String KEY = "requestId";
  private static final CharSequence HEADER_NAME = HttpHeaders.createOptimized(HEADER);
  private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.ISO_8859_1);
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  /** @param trustedProxies the IP addresses of the proxies whose request id is kept */
  public RequestIds {
    trustedProxies = Set.copyOf(trustedProxies);
  }

  @Override
  public void handle(RoutingContext ctx) {
    String id = fromProxy(ctx);
    if (id == null) {
      id = generated();
    }
    ctx.put(KEY, id);
    ctx.response().putHeader(HEADER_NAME, id);
    ctx.next();
  }

  /** The request's id; "-" before this handler ran. */
  public static String of(RoutingContext ctx) {
    String id = ctx.get(KEY);
    return id == null ? "-" : id;
  }

  /**
   * The id of the request a response answers; one made now for a request the router never saw
   * (refused by the HTTP layer itself).
   */
  public static String of(HttpServerResponse response) {
    String id = response.headers().get(HEADER);
    if (id == null) {
      id = generated();
      response.putHeader(HEADER, id);
    }
    return id;
  }

  private String fromProxy(RoutingContext ctx) {
    if (trustedProxies.isEmpty()) {
      return null;
    }
    SocketAddress peer = ctx.request().remoteAddress();
    String sent = ctx.request().getHeader(HEADER);
    if (peer == null || sent == null || !trustedProxies.contains(peer.hostAddress())
        || !PLAIN.matcher(sent).matches()) {
      return null;
    }
    return sent;
  }

  /** 64 random bits in hex: unique enough to find a request in a day of logs, cheap to make. */
  private static String generated() {
    long bits = ThreadLocalRandom.current().nextLong();
    byte[] hex = new byte[16];
    for (int i = hex.length - 1; i >= 0; i--) {
      hex[i] = HEX_DIGITS[(int) bits & 0xf];
      bits >>>= 4;
    }
    return new String(hex, StandardCharsets.ISO_8859_1);
  }
}

package org.certamen.server.http;

import io.vertx.core.Handler;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import java.util.Set;

/**
 * Finds the address a request comes from, which rate limits count by. Behind a reverse proxy every
 * connection comes from the proxy, so the address the proxy appended last to
 * {@code X-Forwarded-For} is taken instead, but only from a trusted proxy: anyone else could send
 * a new address with each guess and never be limited.
 */
public record ClientAddresses(Set<String> trustedProxies) implements Handler<RoutingContext> {
  static final String FORWARDED_FOR = "X-Forwarded-For";
  private static final String KEY = "clientAddress";

  /** @param trustedProxies the IP addresses of the proxies whose {@code X-Forwarded-For} is read */
  public ClientAddresses {
    trustedProxies = Set.copyOf(trustedProxies);
  }

  @Override
  public void handle(RoutingContext ctx) {
    ctx.put(KEY, find(ctx));
    ctx.next();
  }

  /** The client's address as this handler found it; the peer's before it ran. */
  public static String of(RoutingContext ctx) {
    String address = ctx.get(KEY);
    return address != null ? address : peer(ctx);
  }

  private String find(RoutingContext ctx) {
    String peer = peer(ctx);
    String forwarded = ctx.request().getHeader(FORWARDED_FOR);
    if (forwarded == null || !trustedProxies.contains(peer)) {
      return peer;
    }
    // The proxy appends the address it saw; earlier entries were written by the client.
    String last = forwarded.substring(forwarded.lastIndexOf(',') + 1).strip();
    return last.isEmpty() ? peer : last;
  }

  private static String peer(RoutingContext ctx) {
    SocketAddress remote = ctx.request().remoteAddress();
    return remote == null ? "unknown" : remote.hostAddress();
  }
}

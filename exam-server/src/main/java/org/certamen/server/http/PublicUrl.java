package org.certamen.server.http;

import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * The address people use to reach this server, as printed on documents and in links: the one
 * configured with {@code --public-url} (needed behind a reverse proxy, which the server cannot
 * see through), else the scheme and authority the request came with.
 */
public final class PublicUrl {
  private final String configured;

  private PublicUrl(String configured) {
    this.configured = configured;
  }

  /** The address each request came to. */
  public static PublicUrl fromRequests() {
    return new PublicUrl(null);
  }

  /**
   * A fixed address such as {@code https://certification.mon-academie.fr} (a trailing slash is
   * dropped), or the address of each request when null.
   *
   * @throws IllegalArgumentException when it is not an http or https URL without query or fragment
   */
  public static PublicUrl of(String configured) {
    if (configured == null) {
      return fromRequests();
    }
    String url = configured.strip().replaceAll("/+$", "");
    try {
      URI uri = new URI(url);
      if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
        throw new IllegalArgumentException("not an http(s) address");
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not an http(s) address", e);
    }
    return new PublicUrl(url);
  }

  /** The base address, without a trailing slash, for the request being served. */
  public String base(RoutingContext ctx) {
    return configured != null ? configured
        : ctx.request().scheme() + "://" + ctx.request().authority();
  }

  /** The configured address, or {@code fallback} when none is configured. */
  public String orElse(String fallback) {
    return configured != null ? configured : fallback;
  }
}

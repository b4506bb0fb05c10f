package org.certamen.server.http;

import java.time.Duration;

/**
 * How long a connection may take to send a request, how long it may stay idle, and how many
 * connections the server holds at once, so that clients that open connections and never finish a
 * request cannot exhaust the server's file descriptors.
 *
 * @param requestReadTimeout a new connection's first request, head and body, must arrive within
 *     this time of the opening, and a later request's body within this time of its head (longer
 *     only while the body keeps arriving at {@link #MIN_BODY_BYTES_PER_SECOND} on average)
 * @param idleTimeout a kept-alive connection with no request in progress is closed after this
 *     time; a response still being written (a server-sent event stream) is not idle
 * @param maxConnections connections held at once over all addresses; 0 derives it from the file
 *     descriptor limit (see {@link #connectionsFor})
 * @param maxConnectionsPerAddress connections held at once from one client address; 0 for no cap
 *     (behind a reverse proxy every connection comes from the proxy's address)
 */
public record ConnectionLimits(Duration requestReadTimeout, Duration idleTimeout,
    int maxConnections, int maxConnectionsPerAddress) {
  /** Below this average rate a body still arriving after the read timeout is cut off. */
  public static final long MIN_BODY_BYTES_PER_SECOND = 16 * 1024;
  /** Descriptors left for files, the store's connections and the JVM when deriving the cap. */
  public static final int RESERVED_DESCRIPTORS = 256;
  private static final int FLOOR = 64;

  public static ConnectionLimits defaults() {
    return new ConnectionLimits(Duration.ofSeconds(10), Duration.ofSeconds(60), 0, 512);
  }

  /** The overall cap for a process allowed {@code descriptorLimit} open file descriptors. */
  public int connectionsFor(long descriptorLimit) {
    if (maxConnections > 0) {
      return maxConnections;
    }
    return (int) Math.max(FLOOR, Math.min(Integer.MAX_VALUE, descriptorLimit - RESERVED_DESCRIPTORS));
  }
}

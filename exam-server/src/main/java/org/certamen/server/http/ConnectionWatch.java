package org.certamen.server.http;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Keeps one server's connections within {@link ConnectionLimits}: refuses a connection over the
 * caps at once, and closes, at the next sweep, a connection that overstays: no first request within
 * the read timeout, a body that does not arrive, or no new request within the idle timeout. Time
 * is read from the server's clock; the sweep runs every {@link #SWEEP_INTERVAL} on the server's
 * event loop, which owns every connection it watches, so nothing here is shared between threads
 * except the process-wide {@link ConnectionCounts}.
 */
public final class ConnectionWatch {
  public static final Duration SWEEP_INTERVAL = Duration.ofSeconds(1);
  private static final Duration REPORT_INTERVAL = Duration.ofSeconds(10);
  private static final Logger LOG = Logger.getLogger(ConnectionWatch.class.getName());

  private final ConnectionLimits limits;
  private final ConnectionCounts counts;
  private final Clock clock;
  private final Map<HttpConnection, Watched> connections = new HashMap<>();
  private long refusedSinceReport;
  private long closedSinceReport;
  private Instant reportedAt;

  private ConnectionWatch(ConnectionLimits limits, ConnectionCounts counts, Clock clock) {
    this.limits = limits;
    this.counts = counts;
    this.clock = clock;
    this.reportedAt = clock.instant();
  }

  /**
   * Watches the connections of {@code server}, which must not have a connection handler of its
   * own. Call from the event loop that runs the server (a verticle's {@code start}).
   */
  public static ConnectionWatch install(Vertx vertx, HttpServer server, ConnectionLimits limits,
      ConnectionCounts counts, Clock clock) {
    ConnectionWatch watch = new ConnectionWatch(limits, counts, clock);
    server.connectionHandler(watch::opened);
    vertx.setPeriodic(SWEEP_INTERVAL.toMillis(), id -> watch.sweep());
    return watch;
  }

  /** {@code requests}, letting the watch see each request arrive. */
  public Handler<HttpServerRequest> watching(Handler<HttpServerRequest> requests) {
    return request -> {
      Watched watched = connections.get(request.connection());
      if (watched != null) {
        watched.arrived(request, clock.instant());
      }
      requests.handle(request);
    };
  }

  /**
   * Closes the connections whose request has not fully arrived (or not begun): when the server
   * stops, only requests it already received are worth waiting for. Call on the server's event
   * loop.
   */
  public void closeUnfinished() {
    List<HttpConnection> unfinished = new ArrayList<>();
    connections.forEach((connection, watched) -> {
      if (watched.unfinished()) {
        unfinished.add(connection);
      }
    });
    unfinished.forEach(HttpConnection::close);
  }

  private void opened(HttpConnection connection) {
    SocketAddress remote = connection.remoteAddress();
    String address = remote == null || remote.hostAddress() == null ? "unknown" : remote.hostAddress();
    if (!counts.tryOpen(address)) {
      refusedSinceReport++;
      connection.close();
      return;
    }
    connections.put(connection, new Watched(clock.instant()));
    connection.closeHandler(closed -> {
      connections.remove(connection);
      counts.close(address);
    });
  }

  private void sweep() {
    Instant now = clock.instant();
    List<HttpConnection> overdue = new ArrayList<>();
    connections.forEach((connection, watched) -> {
      if (watched.overdue(now, limits)) {
        overdue.add(connection);
      }
    });
    overdue.forEach(connection -> {
      connections.remove(connection);
      connection.close();
    });
    closedSinceReport += overdue.size();
    report(now);
  }

  /** One line every ten seconds at most while connections are refused or cut, never one each. */
  private void report(Instant now) {
    if ((refusedSinceReport == 0 && closedSinceReport == 0)
        || Duration.between(reportedAt, now).compareTo(REPORT_INTERVAL) < 0) {
      return;
    }
    LOG.warning(() -> String.format("Slow or excess clients: %d connections refused over the caps"
        + " (%d overall, %d per address), %d closed for overstaying, since %s; %d held now",
        refusedSinceReport, counts.maxConnections(), counts.maxPerAddress(), closedSinceReport,
        reportedAt, counts.total()));
    refusedSinceReport = 0;
    closedSinceReport = 0;
    reportedAt = now;
  }

  /** One connection: when it opened, and its current request and when that arrived. */
  private static final class Watched {
    private final Instant openedAt;
    private HttpServerRequest request;
    private Instant requestAt;
    private boolean first = true;

    Watched(Instant openedAt) {
      this.openedAt = openedAt;
    }

    void arrived(HttpServerRequest newRequest, Instant at) {
      first = request == null;
      request = newRequest;
      requestAt = at;
    }

    boolean unfinished() {
      return request == null || !request.isEnded();
    }

    boolean overdue(Instant now, ConnectionLimits limits) {
      if (request == null) {
        return Duration.between(openedAt, now).compareTo(limits.requestReadTimeout()) > 0;
      }
      if (!request.isEnded()) {
        // The first request's head and body are both due within the read timeout of the opening.
        Duration reading = Duration.between(first ? openedAt : requestAt, now);
        return reading.compareTo(limits.requestReadTimeout()) > 0
            && request.bytesRead() < ConnectionLimits.MIN_BODY_BYTES_PER_SECOND * reading.toSeconds();
      }
      // A response still being written (a slow store, an event stream) is the server's doing.
      return request.response().ended()
          && Duration.between(requestAt, now).compareTo(limits.idleTimeout()) > 0;
    }
  }
}

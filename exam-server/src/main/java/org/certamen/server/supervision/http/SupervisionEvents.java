package org.certamen.server.supervision.http;

import io.vertx.core.Future;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import org.certamen.server.http.Guards;
import org.certamen.server.supervision.domain.SupervisionService;

/**
 * The supervision view as server-sent events: a {@code supervision} event with the same JSON as
 * {@code GET /supervision} at once, then whenever it changes. Each open stream reads the store
 * every {@link #POLL_INTERVAL}, so a change made through any server sharing the store arrives
 * within about a second. Fields that move with the clock alone (remaining time, seconds since the
 * last heartbeat, the view's time) do not count as a change; the view is still sent every
 * {@link #REFRESH_INTERVAL} so that clients resynchronise their countdowns and see the stream alive.
 *
 * <p>The token travels in the {@code Authorization} header, like every other request: the page
 * reads the stream with {@code fetch}, never with {@code EventSource} (which cannot send headers),
 * so no token ever appears in a URL or an access log. The token is checked again at every poll;
 * once it is refused the stream ends with a {@code closed} event. When the server stops, the stream
 * ends with a {@code stopping} event, and the page connects again (to another server, or to this
 * one once restarted).
 */
public final class SupervisionEvents {
  public static final Duration POLL_INTERVAL = Duration.ofSeconds(1);
  public static final Duration REFRESH_INTERVAL = Duration.ofSeconds(10);
  /** What browsers wait before reconnecting after the stream broke. */
  private static final int RETRY_MILLIS = 2000;

  private SupervisionEvents() {
  }

  public static void mount(Router router, SupervisionService supervision, Guards guards) {
    router.get("/api/sessions/:sessionId/supervision/events").handler(ctx -> {
      String sessionId = ctx.pathParam("sessionId");
      Future<JsonObject> first;
      try {
        first = snapshot(ctx, sessionId, supervision, guards);
      } catch (RuntimeException e) {
        ctx.fail(e);
        return;
      }
      first.onFailure(ctx::fail).onSuccess(view -> new Stream(ctx, sessionId, supervision, guards)
          .open(view));
    });
  }

  private static Future<JsonObject> snapshot(RoutingContext ctx, String sessionId,
      SupervisionService supervision, Guards guards) {
    return guards.supervisor(ctx, sessionId)
        .compose(ok -> supervision.supervision(sessionId))
        .map(SupervisionJson::of);
  }

  /** One open stream and its polling timer. */
  private static final class Stream {
    private final RoutingContext ctx;
    private final String sessionId;
    private final SupervisionService supervision;
    private final Guards guards;
    private final HttpServerResponse response;
    private long timer;
    private boolean polling;
    private boolean closed;
    private JsonObject lastSent;
    private long lastSentMillis;
    private long eventId;

    Stream(RoutingContext ctx, String sessionId, SupervisionService supervision, Guards guards) {
      this.ctx = ctx;
      this.sessionId = sessionId;
      this.supervision = supervision;
      this.guards = guards;
      this.response = ctx.response();
    }

    void open(JsonObject view) {
      response.setChunked(true)
          .putHeader("Content-Type", "text/event-stream; charset=utf-8")
          .putHeader("Cache-Control", "no-store")
          .putHeader("X-Accel-Buffering", "no");
      response.closeHandler(v -> close());
      ctx.request().connection().shutdownHandler(v -> end("stopping"));
      response.write("retry: " + RETRY_MILLIS + "\n\n");
      send(view);
      timer = ctx.vertx().setPeriodic(POLL_INTERVAL.toMillis(), id -> poll());
    }

    private void poll() {
      if (polling || closed) {
        return;
      }
      polling = true;
      snapshot(ctx, sessionId, supervision, guards)
          .onComplete(done -> polling = false)
          .onSuccess(view -> {
            boolean stale = System.currentTimeMillis() - lastSentMillis >= REFRESH_INTERVAL.toMillis();
            if (stale || !withoutClock(view).equals(withoutClock(lastSent))) {
              send(view);
            }
          })
          .onFailure(failure -> end("closed"));
    }

    /** Sends a last event and ends the stream. */
    private void end(String lastEvent) {
      if (!closed) {
        response.write("event: " + lastEvent + "\ndata: {}\n\n");
        response.end();
        close();
      }
    }

    private void send(JsonObject view) {
      if (closed) {
        return;
      }
      lastSent = view;
      lastSentMillis = System.currentTimeMillis();
      response.write("id: " + (++eventId) + "\nevent: supervision\ndata: " + view.encode() + "\n\n");
    }

    private void close() {
      closed = true;
      ctx.vertx().cancelTimer(timer);
    }

    private static JsonObject withoutClock(JsonObject view) {
      JsonObject copy = view.copy();
      copy.remove("at");
      JsonArray candidates = copy.getJsonArray("candidates");
      for (int i = 0; i < candidates.size(); i++) {
        JsonObject line = candidates.getJsonObject(i);
        line.remove("remainingSeconds");
        line.remove("secondsSinceLastSeen");
      }
      return copy;
    }
  }
}

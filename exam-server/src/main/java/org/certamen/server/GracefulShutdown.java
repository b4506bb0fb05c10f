package org.certamen.server;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.certamen.server.storage.Store;

/**
 * Stops the server on SIGTERM (or Ctrl-C) within {@link #DEADLINE} whatever state it is in: stop
 * accepting, let requests in flight finish for up to {@link #DRAIN_TIMEOUT} (event streams end at
 * once with a last event), close the store, then Vert.x. Every acknowledged answer is already in
 * the store, so a stop cut short by the deadline loses nothing acknowledged.
 *
 * @param instances the instances serving so far (none while the server still starts)
 */
record GracefulShutdown(Vertx vertx, Supplier<List<ExamServerVerticle>> instances, Store store) {
  static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(7);
  static final Duration DEADLINE = Duration.ofSeconds(10);
  private static final Logger LOG = Logger.getLogger(GracefulShutdown.class.getName());

  /**
   * Runs the stop and returns the exit code: 0 once everything closed, 1 if {@link #DEADLINE}
   * passed first (then whatever is left is abandoned). Blocks the calling thread.
   */
  int run() {
    long started = System.nanoTime();
    LOG.info("Stopping: no new connections; requests in flight have "
        + DRAIN_TIMEOUT.toSeconds() + " s to finish");
    Future<Void> stopped = Future.join(instances.get().stream()
            .map(instance -> instance.shutdown(DRAIN_TIMEOUT)).toList())
        .<Void>mapEmpty()
        .eventually(store::close)
        .eventually(vertx::close);
    try {
      stopped.toCompletionStage().toCompletableFuture().get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      LOG.log(Level.WARNING, "Stopped, with a failure on the way", e.getCause());
    } catch (TimeoutException e) {
      LOG.warning("Not stopped within " + DEADLINE.toSeconds() + " s: exiting anyway");
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    }
    LOG.info(String.format("Stopped in %.1f s", (System.nanoTime() - started) / 1e9));
    return 0;
  }
}

package org.certamen.benchmarks.load;

import io.vertx.core.Future;
import java.util.concurrent.ExecutionException;

/** Waits for a future on a thread that may block (never an event loop). */
final class Await {
  private Await() {
  }

  static <T> T result(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException runtime ? runtime
          : new IllegalStateException(e.getCause());
    }
  }
}

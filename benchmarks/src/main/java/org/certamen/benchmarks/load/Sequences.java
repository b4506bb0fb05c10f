package org.certamen.benchmarks.load;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/** Runs many asynchronous tasks with a bounded number in flight. */
final class Sequences {
  private Sequences() {
  }

  /**
   * Runs {@code task(0)} to {@code task(count - 1)}, at most {@code parallelism} at once; fails
   * with the first failure once every started task has finished.
   */
  static Future<Void> forEach(int count, int parallelism, IntFunction<Future<?>> task) {
    if (count == 0) {
      return Future.succeededFuture();
    }
    Promise<Void> all = Promise.promise();
    AtomicInteger next = new AtomicInteger();
    AtomicInteger finished = new AtomicInteger();
    Throwable[] firstFailure = new Throwable[1];
    Runnable[] worker = new Runnable[1];
    worker[0] = () -> {
      int index = next.getAndIncrement();
      if (index >= count) {
        return;
      }
      Future<?> started;
      try {
        started = task.apply(index);
      } catch (RuntimeException e) {
        started = Future.failedFuture(e);
      }
      started.onComplete(done -> {
        if (done.failed()) {
          synchronized (firstFailure) {
            if (firstFailure[0] == null) {
              firstFailure[0] = done.cause();
            }
          }
        }
        if (finished.incrementAndGet() == count) {
          if (firstFailure[0] == null) {
            all.complete();
          } else {
            all.fail(firstFailure[0]);
          }
        } else {
          worker[0].run();
        }
      });
    };
    for (int i = 0; i < Math.min(parallelism, count); i++) {
      worker[0].run();
    }
    return all.future();
  }
}

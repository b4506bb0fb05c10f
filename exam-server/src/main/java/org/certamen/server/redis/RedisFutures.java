package org.certamen.server.redis;

import io.lettuce.core.RedisBusyException;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisLoadingException;
import io.lettuce.core.RedisReadOnlyException;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.certamen.server.shared.StoreUnavailableException;

/** Turns Lettuce's replies into Vert.x futures. */
public final class RedisFutures {
  private RedisFutures() {
  }

  /**
   * A future that completes once Redis replied, on the caller's Vert.x context when there is one
   * (Lettuce completes on its own threads). It fails with {@link StoreUnavailableException} when
   * Redis is unreachable, timed out, or cannot serve yet (loading its data, busy, read-only), and
   * with Lettuce's exception for any other error reply.
   */
  public static <T> Future<T> toFuture(CompletionStage<T> reply) {
    Context context = Vertx.currentContext();
    Future<T> future = context == null
        ? Future.fromCompletionStage(reply) : Future.fromCompletionStage(reply, context);
    return future.recover(failure -> Future.failedFuture(translate(failure)));
  }

  static Throwable translate(Throwable failure) {
    Throwable cause = failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause() : failure;
    if (isUnavailability(cause)) {
      return new StoreUnavailableException("Redis is unavailable: " + cause.getMessage(), cause);
    }
    return cause;
  }

  private static boolean isUnavailability(Throwable cause) {
    if (cause instanceof RedisLoadingException || cause instanceof RedisBusyException
        || cause instanceof RedisReadOnlyException) {
      return true;
    }
    if (cause instanceof RedisCommandExecutionException) {
      // Error replies: a bug in a script or a command, except these transient states.
      String message = String.valueOf(cause.getMessage());
      return message.startsWith("MASTERDOWN") || message.startsWith("TRYAGAIN")
          || message.startsWith("CLUSTERDOWN") || message.startsWith("MISCONF");
    }
    // Not connected, command timed out, connection lost or reset: a reset while a command is
    // in flight reaches the future as the channel's own IOException, not wrapped by Lettuce.
    return cause instanceof RedisException || cause instanceof CancellationException
        || cause instanceof IOException;
  }
}

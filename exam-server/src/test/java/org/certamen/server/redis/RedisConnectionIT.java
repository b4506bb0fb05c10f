package org.certamen.server.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Context;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.internal.VertxInternal;
import org.certamen.server.Await;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Lettuce on Vert.x's event loops: a command and its reply stay on the caller's thread. */
class RedisConnectionIT {
  private final Vertx vertx = Vertx.vertx();
  private final RedisConnection redis = RedisConnection.open(TestRedis.SHARED_URI,
      ((VertxInternal) vertx).nettyEventLoopGroup());

  @AfterEach
  void close() {
    Await.result(vertx.close());
  }

  @Test
  void repliesOnTheEventLoopThatSentTheCommand() {
    Context context = vertx.getOrCreateContext();
    Promise<String> replyThread = Promise.promise();
    context.runOnContext(start -> {
      String caller = Thread.currentThread().getName();
      RedisFutures.toFuture(redis.commands().ping()).onSuccess(pong -> replyThread.complete(
          pong + " on " + (Thread.currentThread().getName().equals(caller) ? "the caller's thread"
              : Thread.currentThread().getName())));
    });
    assertThat(Await.result(replyThread.future())).isEqualTo("PONG on the caller's thread");
  }

  @Test
  void servesCallersOutsideTheEventLoopsToo() {
    assertThat(Await.result(RedisFutures.toFuture(redis.commands().ping()))).isEqualTo("PONG");
  }

  @Test
  void closesWithoutStoppingTheEventLoopsItShared() {
    Await.result(redis.close());
    Promise<String> ran = Promise.promise();
    vertx.getOrCreateContext().runOnContext(run -> ran.complete("still running"));
    assertThat(Await.result(ran.future())).isEqualTo("still running");
  }
}

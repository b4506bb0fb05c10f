package org.certamen.server.redis;

import static org.assertj.core.api.Assertions.assertThat;

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
    assertThat(replyThread(redis)).isEqualTo("PONG on the caller's thread");
  }

  @Test
  void repliesOnTheEventLoopThatSentTheCommandOnACluster() {
    RedisConnection cluster = RedisConnection.open(RedisCluster.shared().uri(),
        ((VertxInternal) vertx).nettyEventLoopGroup());
    try {
      assertThat(replyThread(cluster)).isEqualTo("PONG on the caller's thread");
    } finally {
      Await.result(cluster.close());
    }
  }

  private String replyThread(RedisConnection connection) {
    Promise<String> replyThread = Promise.promise();
    vertx.getOrCreateContext().runOnContext(start -> {
      String caller = Thread.currentThread().getName();
      RedisFutures.toFuture(connection.commands().ping()).onSuccess(pong -> replyThread.complete(
          pong + " on " + (Thread.currentThread().getName().equals(caller) ? "the caller's thread"
              : Thread.currentThread().getName())));
    });
    return Await.result(replyThread.future());
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

package org.certamen.server.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisLoadingException;
import java.net.SocketException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.certamen.server.Await;
import org.certamen.server.shared.StoreUnavailableException;
import org.junit.jupiter.api.Test;

class RedisFuturesTest {

  @Test
  void completesWithTheReplyOfRedis() {
    assertThat(Await.result(RedisFutures.toFuture(CompletableFuture.completedFuture("OK"))))
        .isEqualTo("OK");
  }

  @Test
  void reportsATimeoutALostConnectionAndALoadingRedisAsStoreUnavailable() {
    assertThat(RedisFutures.translate(new RedisCommandTimeoutException("Command timed out")))
        .isInstanceOf(StoreUnavailableException.class);
    assertThat(RedisFutures.translate(new RedisException("Currently not connected")))
        .isInstanceOf(StoreUnavailableException.class);
    assertThat(RedisFutures.translate(new RedisLoadingException("LOADING Redis is loading")))
        .isInstanceOf(StoreUnavailableException.class);
    assertThat(RedisFutures.translate(new CompletionException(new RedisException("Connection closed"))))
        .isInstanceOf(StoreUnavailableException.class);
  }

  @Test
  void reportsAConnectionResetDuringACommandAsStoreUnavailable() {
    assertThat(RedisFutures.translate(new CompletionException(new SocketException("Connection reset"))))
        .isInstanceOf(StoreUnavailableException.class);
  }

  @Test
  void keepsAnErrorReplyThatRetryingWouldNotCure() {
    RedisCommandExecutionException wrongType = new RedisCommandExecutionException(
        "WRONGTYPE Operation against a key holding the wrong kind of value");
    assertThat(RedisFutures.translate(wrongType)).isSameAs(wrongType);
    IllegalStateException bug = new IllegalStateException("decoding failed");
    assertThat(Await.failure(RedisFutures.toFuture(CompletableFuture.failedFuture(bug)))).isSameAs(bug);
  }
}

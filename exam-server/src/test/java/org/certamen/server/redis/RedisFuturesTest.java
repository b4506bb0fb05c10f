package org.certamen.server.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisConnectionException;
import java.net.SocketException;
import java.util.concurrent.CompletionException;
import org.certamen.server.shared.StoreUnavailableException;
import org.junit.jupiter.api.Test;

class RedisFuturesTest {
  @Test
  void aConnectionResetWhileACommandIsInFlightMeansTheStoreIsUnavailable() {
    Throwable translated = RedisFutures.translate(
        new CompletionException(new SocketException("Connection reset")));

    assertThat(translated).isInstanceOf(StoreUnavailableException.class);
  }

  @Test
  void aLostConnectionMeansTheStoreIsUnavailable() {
    assertThat(RedisFutures.translate(new RedisConnectionException("Connection closed")))
        .isInstanceOf(StoreUnavailableException.class);
  }

  @Test
  void anErrorReplyOfAScriptIsNotAnOutage() {
    RedisCommandExecutionException scriptError = new RedisCommandExecutionException("ERR bad script");

    assertThat(RedisFutures.translate(scriptError)).isSameAs(scriptError);
  }
}

package org.certamen.server.storage;

import io.vertx.core.Vertx;
import io.vertx.core.internal.VertxInternal;
import java.time.Clock;
import org.certamen.server.redis.RedisConnection;
import org.certamen.server.redis.RedisKeys;
import org.certamen.server.shared.StoreUnavailableException;

/** Opens the store a {@code --store} option names. */
public final class Stores {
  private Stores() {
  }

  /**
   * @param location {@code memory}, {@code redis://HOST:PORT} or
   *     {@code redis-cluster://HOST:PORT[,HOST:PORT...]}
   * @throws IllegalArgumentException when the location names no store
   * @throws StoreUnavailableException when Redis cannot be reached
   */
  public static Store open(String location, Vertx vertx, Clock clock) {
    if (location.equals("memory")) {
      return new InMemoryStore(clock);
    }
    if (location.startsWith("redis://") || location.startsWith(RedisConnection.CLUSTER_SCHEME)) {
      // Lettuce shares Vert.x's event loops: a command and its reply stay on the caller's thread.
      return RedisStore.connect(location, RedisKeys.DEFAULT_NAMESPACE, clock,
          ((VertxInternal) vertx).nettyEventLoopGroup());
    }
    throw new IllegalArgumentException("Unknown store '" + location + "': expected memory, redis://HOST:PORT or redis-cluster://HOST:PORT,...");
  }
}

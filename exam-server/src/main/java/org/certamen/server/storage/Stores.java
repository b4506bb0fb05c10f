package org.certamen.server.storage;

import io.vertx.core.Vertx;
import org.certamen.server.shared.Clock;
import org.certamen.server.shared.StoreUnavailableException;

/** Opens the store a {@code --store} option names. */
public final class Stores {
  private Stores() {
  }

  /**
   * @param location {@code memory} or {@code redis://HOST:PORT}
   * @throws IllegalArgumentException when the location names no store
   * @throws StoreUnavailableException when Redis cannot be reached
   */
  public static Store open(String location, Vertx vertx, Clock clock) {
    if (location.equals("memory")) {
      return new InMemoryStore(clock);
    }
    if (location.startsWith("redis://")) {
      return RedisStore.connect(location, clock);
    }
    throw new IllegalArgumentException("Unknown store '" + location + "': expected memory or redis://HOST:PORT");
  }
}

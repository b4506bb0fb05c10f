package org.certamen.server.storage;

import io.vertx.core.Vertx;
import org.certamen.server.shared.Clock;

/** Opens the store a {@code --store} option names. */
public final class Stores {
  private Stores() {
  }

  /**
   * @param location {@code memory} or {@code redis://HOST:PORT}
   * @throws IllegalArgumentException when this build cannot open that store
   */
  public static Store open(String location, Vertx vertx, Clock clock) {
    if (location.equals("memory")) {
      return new InMemoryStore(clock);
    }
    throw new IllegalArgumentException("The Redis store is not available in this build: " + location);
  }
}

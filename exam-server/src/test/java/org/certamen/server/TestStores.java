package org.certamen.server;

import java.util.List;
import java.util.function.Function;
import org.certamen.server.redis.TestRedis;
import org.certamen.server.shared.Clock;
import org.certamen.server.storage.InMemoryStore;
import org.certamen.server.storage.Store;

/** The stores every HTTP test runs against: add one line here to run them all on another store. */
public final class TestStores {
  private TestStores() {
  }

  /** A named way to open a fresh store. */
  public record Factory(String name, Function<Clock, Store> open) {
    @Override
    public String toString() {
      return name;
    }
  }

  public static List<Factory> all() {
    return List.of(
        new Factory("memory", InMemoryStore::new),
        new Factory("redis", TestRedis::disposableStore));
  }
}

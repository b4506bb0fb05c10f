package org.certamen.server;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.certamen.server.redis.RedisCluster;
import org.certamen.server.redis.TestRedis;
import org.certamen.server.storage.InMemoryStore;
import org.certamen.server.storage.RedisStore;
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

  /** Every store, and a Redis Cluster of three masters: for the tests that must run there too. */
  public static List<Factory> withCluster() {
    List<Factory> stores = new ArrayList<>(all());
    stores.add(new Factory("redis-cluster", clock ->
        RedisStore.connect(RedisCluster.shared().uri(), TestRedis.newNamespace(), clock)));
    return stores;
  }
}

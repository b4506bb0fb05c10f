package org.certamen.server.results;

import java.util.ArrayList;
import java.util.List;
import org.certamen.server.TestStores;
import org.certamen.server.redis.TestRedis;
import org.certamen.server.storage.RedisStore;

/**
 * The stores the results tests run on: those of {@link TestStores}, and the shared Redis under a
 * namespace of this JVM's own when they do not include it yet.
 */
public final class ResultStores {
  static final String NAMESPACE = TestRedis.newNamespace();

  private ResultStores() {
  }

  public static List<TestStores.Factory> all() {
    List<TestStores.Factory> stores = new ArrayList<>(TestStores.all());
    if (stores.stream().noneMatch(f -> f.name().startsWith("redis"))) {
      stores.add(new TestStores.Factory("redis",
          clock -> RedisStore.connect(TestRedis.SHARED_URI, NAMESPACE, clock)));
    }
    return stores;
  }

  /** Deletes the keys written under this JVM's namespace, and nothing else. */
  static void deleteKeys() {
    TestRedis.deleteNamespace(TestRedis.SHARED_URI, NAMESPACE);
  }
}

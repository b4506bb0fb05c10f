package org.certamen.server.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanIterator;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.vertx.core.Future;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.certamen.server.storage.RedisStore;
import org.certamen.server.storage.Repositories;
import org.certamen.server.storage.Store;

/**
 * The Redis that tests share (127.0.0.1:6379). Each test writes under a namespace of its own and
 * deletes only that namespace's keys: never FLUSHALL on a Redis shared with others.
 */
public final class TestRedis {
  public static final String SHARED_URI = "redis://127.0.0.1:6379";

  private TestRedis() {
  }

  /** A namespace no other test uses. */
  public static String newNamespace() {
    return "certamen-test-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  }

  /**
   * A Redis store on the shared Redis under a fresh namespace, whose keys are deleted when it is
   * closed.
   */
  public static Store disposableStore(Clock clock) {
    String namespace = newNamespace();
    Store store = RedisStore.connect(SHARED_URI, namespace, clock);
    return new Store() {
      @Override
      public Repositories repositories() {
        return store.repositories();
      }

      @Override
      public Future<Void> close() {
        deleteNamespace(SHARED_URI, namespace);
        return store.close();
      }
    };
  }

  /** The names of every key under the namespace. */
  public static List<String> keys(String uri, String namespace) {
    return withCommands(uri, redis -> ScanIterator.scan(redis,
        ScanArgs.Builder.matches(namespace + ":*").limit(1000)).stream().toList());
  }

  /** Deletes every key under the namespace, and nothing else. */
  public static void deleteNamespace(String uri, String namespace) {
    List<String> keys = keys(uri, namespace);
    if (!keys.isEmpty()) {
      withCommands(uri, redis -> redis.del(keys.toArray(String[]::new)));
    }
  }

  /** Runs blocking commands on a short-lived connection: for checks outside the store. */
  public static <T> T withCommands(String uri, Function<RedisCommands<String, String>, T> work) {
    RedisClient client = RedisClient.create(uri);
    try (StatefulRedisConnection<String, String> connection = client.connect()) {
      return work.apply(connection.sync());
    } finally {
      client.shutdown();
    }
  }
}

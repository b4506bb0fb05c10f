package org.certamen.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.UUID;
import org.certamen.server.Await;
import org.certamen.server.TestClock;
import org.certamen.server.redis.RedisCluster;
import org.junit.jupiter.api.Test;

/** The store contract on a Redis Cluster of three masters: the same code as on one Redis. */
class RedisClusterStoreIT extends StoreContractTest {
  private final RedisCluster cluster = RedisCluster.shared();
  private final String namespace = "certamen-cluster-" + UUID.randomUUID().toString().substring(0, 8);

  @Override
  protected Store newStore(TestClock clock) {
    return RedisStore.connect(cluster.uri(), namespace, clock);
  }

  @Test
  void spreadsSessionsOverEveryNode() throws IOException {
    for (int i = 0; i < 30; i++) {
      String id = "s" + UUID.randomUUID().toString().substring(0, 10);
      assertThat(Await.result(store.sessions().create(session(id)))).isTrue();
      assertThat(Await.result(store.sessions().find(id))).isPresent();
    }
    // Thirty sessions hashed over 16,384 slots held by three masters: each master holds some.
    assertThat(cluster.keysPerNode(namespace + ":*")).hasSize(3)
        .allSatisfy(count -> assertThat(count).isPositive())
        .satisfies(counts -> assertThat(counts.stream().mapToInt(Integer::intValue).sum())
            .isEqualTo(30));
  }
}

package org.certamen.server.redis;

import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.ClusterTopologyRefreshOptions;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.certamen.server.shared.StoreUnavailableException;

/**
 * A few Lettuce connections to one Redis, or to one Redis Cluster, used in turn. Each is
 * thread-safe and pipelines commands; several are used because Redis reads a bounded amount from
 * each connection per event-loop turn, and with {@code appendfsync always} each turn costs one
 * fsync: more connections let more writes share one fsync. On a Cluster, each connection sends a
 * command to the node that holds its keys' slot; a session's keys share one slot.
 *
 * <p>Configured to fail fast during an outage and to come back by itself: every command fails
 * after {@link #COMMAND_TIMEOUT} without a reply; while disconnected from a single Redis, commands
 * are refused at once instead of queued (on a Cluster they wait, up to that timeout, for the
 * node's connection, which Lettuce opens at the node's first command); Lettuce reconnects in the
 * background, waiting at most {@link #MAX_RECONNECT_DELAY} between attempts.
 */
public final class RedisConnection {
  public static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(2);
  public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
  public static final Duration MAX_RECONNECT_DELAY = Duration.ofSeconds(1);
  /**
   * Connections opened per server. With {@code appendfsync always} and 64 writes of 4 KB in flight,
   * Redis took about 680 writes/s on 1 connection, 3,600 on 8 and 6,700 on 16 on the 2-core
   * development machine ({@code redis-benchmark -d 4000 -t set -c C -P 64/C}).
   */
  public static final int CONNECTIONS = 16;
  /** The scheme of a Redis Cluster, named by one or more of its nodes. */
  public static final String CLUSTER_SCHEME = "redis-cluster://";

  private final ClientResources resources;
  private final AbstractRedisClient client;
  private final List<StatefulConnection<String, String>> connections;
  private final List<RedisClusterAsyncCommands<String, String>> commands;
  private final AtomicInteger next = new AtomicInteger();

  private RedisConnection(ClientResources resources, AbstractRedisClient client,
      List<StatefulConnection<String, String>> connections,
      List<RedisClusterAsyncCommands<String, String>> commands) {
    this.resources = resources;
    this.client = client;
    this.connections = connections;
    this.commands = commands;
  }

  /**
   * Connects to {@code redis://HOST:PORT}, or to the Cluster of
   * {@code redis-cluster://HOST:PORT[,HOST:PORT...]} (any of its nodes; the others are
   * discovered). Blocks until connected: call it at start-up, never on an event loop.
   *
   * @throws IllegalArgumentException when the URI is not a Redis URI
   * @throws StoreUnavailableException when Redis does not accept the connection
   */
  public static RedisConnection open(String uri) {
    boolean cluster = uri.startsWith(CLUSTER_SCHEME);
    List<RedisURI> nodes = cluster
        ? Arrays.stream(uri.substring(CLUSTER_SCHEME.length()).split(","))
            .map(node -> redisUri("redis://" + node.strip(), uri)).toList()
        : List.of(redisUri(uri, uri));
    ClientResources resources = ClientResources.builder()
        .ioThreadPoolSize(2)
        .computationThreadPoolSize(2)
        .reconnectDelay(Delay.exponential(Duration.ofMillis(50), MAX_RECONNECT_DELAY, 2,
            TimeUnit.MILLISECONDS))
        .build();
    AbstractRedisClient client;
    Supplier<StatefulConnection<String, String>> connect;
    if (cluster) {
      RedisClusterClient clusterClient = RedisClusterClient.create(resources, nodes);
      // Lettuce opens a node's connection at its first command: commands wait for it (up to the
      // command timeout) instead of being refused while it opens.
      clusterClient.setOptions(ClusterClientOptions.builder(
              options(ClientOptions.DisconnectedBehavior.ACCEPT_COMMANDS))
          .topologyRefreshOptions(ClusterTopologyRefreshOptions.builder()
              .enableAllAdaptiveRefreshTriggers().build())
          .build());
      client = clusterClient;
      connect = () -> clusterClient.connect(StringCodec.UTF8);
    } else {
      RedisClient standalone = RedisClient.create(resources, nodes.get(0));
      standalone.setOptions(options(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS));
      client = standalone;
      connect = () -> standalone.connect(StringCodec.UTF8);
    }
    List<StatefulConnection<String, String>> connections = new ArrayList<>();
    try {
      for (int i = 0; i < CONNECTIONS; i++) {
        connections.add(connect.get());
      }
      return new RedisConnection(resources, client, List.copyOf(connections),
          connections.stream().map(RedisConnection::asyncCommands).toList());
    } catch (RuntimeException e) {
      connections.forEach(StatefulConnection::close);
      client.shutdown();
      resources.shutdown();
      throw new StoreUnavailableException("Cannot connect to " + uri + ": " + e.getMessage(), e);
    }
  }

  private static RedisURI redisUri(String node, String uri) {
    RedisURI redisUri;
    try {
      redisUri = RedisURI.create(node);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("Not a Redis URI (redis://HOST:PORT or "
          + CLUSTER_SCHEME + "HOST:PORT,HOST:PORT): " + uri, e);
    }
    redisUri.setTimeout(COMMAND_TIMEOUT);
    return redisUri;
  }

  private static ClientOptions options(ClientOptions.DisconnectedBehavior whileDisconnected) {
    return ClientOptions.builder()
        .autoReconnect(true)
        .disconnectedBehavior(whileDisconnected)
        .socketOptions(SocketOptions.builder().connectTimeout(CONNECT_TIMEOUT).build())
        .timeoutOptions(TimeoutOptions.enabled(COMMAND_TIMEOUT))
        .build();
  }

  private static RedisClusterAsyncCommands<String, String> asyncCommands(
      StatefulConnection<String, String> connection) {
    return connection instanceof StatefulRedisClusterConnection<String, String> cluster
        ? cluster.async() : ((StatefulRedisConnection<String, String>) connection).async();
  }

  /**
   * The asynchronous commands of the next connection, typed as what both a single Redis and a
   * Cluster offer, so that the repositories run unchanged on either.
   */
  public RedisClusterAsyncCommands<String, String> commands() {
    return commands.get(Math.floorMod(next.getAndIncrement(), commands.size()));
  }

  /** Closes the connections and stops Lettuce's threads. */
  public Future<Void> close() {
    CompletableFuture<Void> stopped = new CompletableFuture<>();
    CompletableFuture.allOf(connections.stream().map(StatefulConnection::closeAsync)
            .toArray(CompletableFuture[]::new))
        .thenCompose(closed -> client.shutdownAsync(0, 2, TimeUnit.SECONDS))
        .whenComplete((done, failure) -> resources.shutdown(0, 2, TimeUnit.SECONDS)
            .addListener(shutdown -> stopped.complete(null)));
    return Future.fromCompletionStage(stopped);
  }
}

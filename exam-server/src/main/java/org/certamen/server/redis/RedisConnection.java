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
import io.lettuce.core.metrics.CommandLatencyRecorder;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import io.lettuce.core.resource.EventLoopGroupProvider;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.util.concurrent.EventExecutorGroup;
import io.netty.util.concurrent.ImmediateEventExecutor;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
  private final List<Lane> lanes;
  private final List<RedisClusterAsyncCommands<String, String>> commands;
  private final AtomicInteger next = new AtomicInteger();

  private RedisConnection(ClientResources resources, List<Lane> lanes) {
    this.resources = resources;
    this.lanes = lanes;
    this.commands = lanes.stream().flatMap(lane -> lane.commands().stream()).toList();
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
    return open(uri, null);
  }

  /**
   * Connects as {@link #open(String)}, on the given event loops (Vert.x's) instead of threads of
   * Lettuce's own: each loop gets its share of the connections, and a command sent from a loop
   * goes out on one of that loop's connections, so it is written, and its reply read and handed
   * to the caller, on the caller's thread, without waking another thread either way. The loops
   * belong to their owner: close this connection before them.
   *
   * @param eventLoops the loops to share, or null for Lettuce's own threads
   */
  public static RedisConnection open(String uri, EventLoopGroup eventLoops) {
    boolean cluster = uri.startsWith(CLUSTER_SCHEME);
    List<RedisURI> nodes = cluster
        ? Arrays.stream(uri.substring(CLUSTER_SCHEME.length()).split(","))
            .map(node -> redisUri("redis://" + node.strip(), uri)).toList()
        : List.of(redisUri(uri, uri));
    ClientResources resources = ClientResources.builder()
        // Lettuce records every command's latency when HdrHistogram and LatencyUtils are on the
        // class path (Micrometer brings them): the store's own metrics already time its calls.
        .commandLatencyRecorder(CommandLatencyRecorder.disabled())
        .ioThreadPoolSize(eventLoops == null ? 2 : 1)
        .computationThreadPoolSize(eventLoops == null ? 2 : 1)
        .reconnectDelay(Delay.exponential(Duration.ofMillis(50), MAX_RECONNECT_DELAY, 2,
            TimeUnit.MILLISECONDS))
        .build();
    List<EventLoop> loops = new ArrayList<>();
    if (eventLoops != null) {
      eventLoops.forEach(loop -> loops.add((EventLoop) loop));
    }
    List<Lane> lanes = new ArrayList<>();
    try {
      if (loops.isEmpty()) {
        lanes.add(Lane.open(null, client(resources, nodes, cluster), CONNECTIONS));
      } else {
        for (EventLoop loop : loops) {
          ClientResources onLoop = resources.mutate()
              .eventLoopGroupProvider(new SharedEventLoop(loop)).build();
          lanes.add(Lane.open(loop, client(onLoop, nodes, cluster),
              Math.max(1, CONNECTIONS / loops.size())));
        }
      }
      return new RedisConnection(resources, List.copyOf(lanes));
    } catch (RuntimeException e) {
      lanes.forEach(Lane::closeNow);
      resources.shutdown();
      throw new StoreUnavailableException("Cannot connect to " + uri + ": " + e.getMessage(), e);
    }
  }

  private static AbstractRedisClient client(ClientResources resources, List<RedisURI> nodes,
      boolean cluster) {
    if (cluster) {
      RedisClusterClient clusterClient = RedisClusterClient.create(resources, nodes);
      // Lettuce opens a node's connection at its first command: commands wait for it (up to the
      // command timeout) instead of being refused while it opens.
      clusterClient.setOptions(ClusterClientOptions.builder(
              options(ClientOptions.DisconnectedBehavior.ACCEPT_COMMANDS))
          .topologyRefreshOptions(ClusterTopologyRefreshOptions.builder()
              .enableAllAdaptiveRefreshTriggers().build())
          .build());
      return clusterClient;
    }
    RedisClient standalone = RedisClient.create(resources, nodes.get(0));
    standalone.setOptions(options(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS));
    return standalone;
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

  /**
   * The asynchronous commands of the next connection, typed as what both a single Redis and a
   * Cluster offer, so that the repositories run unchanged on either: one of the calling event
   * loop's own connections when it has some.
   */
  public RedisClusterAsyncCommands<String, String> commands() {
    for (Lane lane : lanes) {
      if (lane.loop() != null && lane.loop().inEventLoop()) {
        return lane.next();
      }
    }
    return commands.get(Math.floorMod(next.getAndIncrement(), commands.size()));
  }

  /** Closes the connections and stops Lettuce's threads. */
  public Future<Void> close() {
    CompletableFuture<Void> stopped = new CompletableFuture<>();
    CompletableFuture.allOf(lanes.stream().map(Lane::close).toArray(CompletableFuture[]::new))
        .whenComplete((done, failure) -> resources.shutdown(0, 2, TimeUnit.SECONDS)
            .addListener(shutdown -> stopped.complete(null)));
    return Future.fromCompletionStage(stopped);
  }

  /** One client's connections, all on one event loop when {@code loop} is set. */
  private record Lane(EventLoop loop, AbstractRedisClient client,
      List<StatefulConnection<String, String>> connections,
      List<RedisClusterAsyncCommands<String, String>> commands, AtomicInteger turn) {
    static Lane open(EventLoop loop, AbstractRedisClient client, int count) {
      List<StatefulConnection<String, String>> connections = new ArrayList<>();
      try {
        for (int i = 0; i < count; i++) {
          connections.add(client instanceof RedisClusterClient cluster
              ? cluster.connect(StringCodec.UTF8)
              : ((RedisClient) client).connect(StringCodec.UTF8));
        }
      } catch (RuntimeException e) {
        connections.forEach(StatefulConnection::close);
        client.shutdown();
        throw e;
      }
      return new Lane(loop, client, List.copyOf(connections),
          connections.stream().map(Lane::asyncCommands).toList(), new AtomicInteger());
    }

    private static RedisClusterAsyncCommands<String, String> asyncCommands(
        StatefulConnection<String, String> connection) {
      return connection instanceof StatefulRedisClusterConnection<String, String> cluster
          ? cluster.async() : ((StatefulRedisConnection<String, String>) connection).async();
    }

    RedisClusterAsyncCommands<String, String> next() {
      return commands.get(Math.floorMod(turn.getAndIncrement(), commands.size()));
    }

    CompletableFuture<Void> close() {
      return CompletableFuture.allOf(connections.stream().map(StatefulConnection::closeAsync)
              .toArray(CompletableFuture[]::new))
          .thenCompose(closed -> client.shutdownAsync(0, 2, TimeUnit.SECONDS));
    }

    void closeNow() {
      connections.forEach(StatefulConnection::close);
      client.shutdown();
    }
  }

  /**
   * Lettuce's event loops taken from their owner (Vert.x): Lettuce neither starts nor stops them.
   */
  private record SharedEventLoop(EventLoop loop) implements EventLoopGroupProvider {
    @Override
    @SuppressWarnings("unchecked")
    public <T extends EventLoopGroup> T allocate(Class<T> type) {
      return (T) loop;
    }

    @Override
    public int threadPoolSize() {
      return 1;
    }

    @Override
    public io.netty.util.concurrent.Future<Boolean> release(EventExecutorGroup group,
        long quietPeriod, long timeout, TimeUnit unit) {
      return ImmediateEventExecutor.INSTANCE.newSucceededFuture(true);
    }

    @Override
    public io.netty.util.concurrent.Future<Boolean> shutdown(long quietPeriod, long timeout,
        TimeUnit unit) {
      return ImmediateEventExecutor.INSTANCE.newSucceededFuture(true);
    }
  }
}

package org.certamen.server.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.certamen.server.shared.StoreUnavailableException;

/**
 * A few Lettuce connections to one Redis, used in turn. Each is thread-safe and pipelines
 * commands; several are used because Redis reads a bounded amount from each connection per
 * event-loop turn, and with {@code appendfsync always} each turn costs one fsync: more
 * connections let more writes share one fsync.
 *
 * <p>Configured to fail fast during an outage and to come back by itself: every command fails
 * after {@link #COMMAND_TIMEOUT} without a reply; while disconnected, commands are refused at once
 * instead of queued; Lettuce reconnects in the background, waiting at most
 * {@link #MAX_RECONNECT_DELAY} between attempts.
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

  private final ClientResources resources;
  private final RedisClient client;
  private final List<StatefulRedisConnection<String, String>> connections;
  private final AtomicInteger next = new AtomicInteger();

  private RedisConnection(ClientResources resources, RedisClient client,
      List<StatefulRedisConnection<String, String>> connections) {
    this.resources = resources;
    this.client = client;
    this.connections = connections;
  }

  /**
   * Connects to {@code redis://HOST:PORT}. Blocks until connected: call it at start-up, never on
   * an event loop.
   *
   * @throws IllegalArgumentException when the URI is not a Redis URI
   * @throws StoreUnavailableException when Redis does not accept the connection
   */
  public static RedisConnection open(String uri) {
    RedisURI redisUri;
    try {
      redisUri = RedisURI.create(uri);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("Not a Redis URI (redis://HOST:PORT): " + uri, e);
    }
    redisUri.setTimeout(COMMAND_TIMEOUT);
    ClientResources resources = ClientResources.builder()
        .ioThreadPoolSize(2)
        .computationThreadPoolSize(2)
        .reconnectDelay(Delay.exponential(Duration.ofMillis(50), MAX_RECONNECT_DELAY, 2,
            TimeUnit.MILLISECONDS))
        .build();
    RedisClient client = RedisClient.create(resources, redisUri);
    client.setOptions(ClientOptions.builder()
        .autoReconnect(true)
        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
        .socketOptions(SocketOptions.builder().connectTimeout(CONNECT_TIMEOUT).build())
        .timeoutOptions(TimeoutOptions.enabled(COMMAND_TIMEOUT))
        .build());
    List<StatefulRedisConnection<String, String>> connections = new ArrayList<>();
    try {
      for (int i = 0; i < CONNECTIONS; i++) {
        connections.add(client.connect(StringCodec.UTF8));
      }
      return new RedisConnection(resources, client, List.copyOf(connections));
    } catch (RuntimeException e) {
      connections.forEach(StatefulRedisConnection::close);
      client.shutdown();
      resources.shutdown();
      throw new StoreUnavailableException("Cannot connect to " + uri + ": " + e.getMessage(), e);
    }
  }

  /**
   * The asynchronous commands of the next connection, typed as what a Cluster connection offers
   * too, so that the repositories would run unchanged on {@code RedisClusterClient}.
   */
  public RedisClusterAsyncCommands<String, String> commands() {
    return connections.get(Math.floorMod(next.getAndIncrement(), connections.size())).async();
  }

  /** Closes the connections and stops Lettuce's threads. */
  public Future<Void> close() {
    CompletableFuture<Void> stopped = new CompletableFuture<>();
    CompletableFuture.allOf(connections.stream().map(StatefulRedisConnection::closeAsync)
            .toArray(CompletableFuture[]::new))
        .thenCompose(closed -> client.shutdownAsync(0, 2, TimeUnit.SECONDS))
        .whenComplete((done, failure) -> resources.shutdown(0, 2, TimeUnit.SECONDS)
            .addListener(shutdown -> stopped.complete(null)));
    return Future.fromCompletionStage(stopped);
  }
}

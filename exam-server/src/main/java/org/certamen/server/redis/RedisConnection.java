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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.certamen.server.shared.StoreUnavailableException;

/**
 * One Lettuce connection, shared by every request: Lettuce pipelines commands on it and is
 * thread-safe. Configured to fail fast during an outage and to come back by itself:
 * <ul>
 *   <li>every command fails after {@link #COMMAND_TIMEOUT} without a reply;</li>
 *   <li>while disconnected, commands are refused at once instead of queued;</li>
 *   <li>Lettuce reconnects in the background, waiting at most {@link #MAX_RECONNECT_DELAY}
 *       between attempts.</li>
 * </ul>
 */
public final class RedisConnection {
  public static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(2);
  public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
  public static final Duration MAX_RECONNECT_DELAY = Duration.ofSeconds(1);

  private final ClientResources resources;
  private final RedisClient client;
  private final StatefulRedisConnection<String, String> connection;

  private RedisConnection(ClientResources resources, RedisClient client,
      StatefulRedisConnection<String, String> connection) {
    this.resources = resources;
    this.client = client;
    this.connection = connection;
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
        .socketOptions(SocketOptions.builder().connectTimeout(CONNECT_TIMEOUT).keepAlive(true).build())
        .timeoutOptions(TimeoutOptions.enabled(COMMAND_TIMEOUT))
        .build());
    try {
      return new RedisConnection(resources, client, client.connect(StringCodec.UTF8));
    } catch (RuntimeException e) {
      client.shutdown();
      resources.shutdown();
      throw new StoreUnavailableException("Cannot connect to " + uri + ": " + e.getMessage(), e);
    }
  }

  /**
   * The asynchronous commands, typed as what a Cluster connection offers too, so that the
   * repositories would run unchanged on {@code RedisClusterClient}.
   */
  public RedisClusterAsyncCommands<String, String> commands() {
    return connection.async();
  }

  /** Closes the connection and stops Lettuce's threads. */
  public Future<Void> close() {
    CompletableFuture<Void> stopped = new CompletableFuture<>();
    connection.closeAsync()
        .thenCompose(closed -> client.shutdownAsync(0, 2, TimeUnit.SECONDS))
        .whenComplete((done, failure) -> resources.shutdown(0, 2, TimeUnit.SECONDS)
            .addListener(shutdown -> stopped.complete(null)));
    return Future.fromCompletionStage(stopped);
  }
}

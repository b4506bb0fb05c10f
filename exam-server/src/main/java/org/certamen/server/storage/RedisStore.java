package org.certamen.server.storage;

import org.certamen.server.campaigns.storage.RedisCampaignRepository;
import org.certamen.server.campaigns.storage.RedisParticipationRepository;
import org.certamen.server.campaigns.storage.RedisPupilAccountRepository;
import io.netty.channel.EventLoopGroup;
import io.vertx.core.Future;
import java.time.Clock;
import org.certamen.server.centre.storage.RedisCentreRepository;
import org.certamen.server.centre.storage.RedisDirectoryRepository;
import org.certamen.server.planning.storage.RedisCandidateRepository;
import org.certamen.server.planning.storage.RedisSessionRepository;
import org.certamen.server.redis.RedisConnection;
import org.certamen.server.redis.RedisKeys;
import org.certamen.server.results.storage.RedisResultRepository;
import org.certamen.server.limits.storage.RedisAttemptRepository;
import org.certamen.server.exam.storage.CachedExamRepository;
import org.certamen.server.exam.storage.CachedTokenRepository;
import org.certamen.server.exam.storage.RedisExamRepository;
import org.certamen.server.exam.storage.RedisPresenceRepository;
import org.certamen.server.exam.storage.RedisTokenRepository;
import org.certamen.server.roster.storage.RedisPupilRepository;
import org.certamen.server.roster.storage.RedisRosterEnrolmentRepository;
import org.certamen.server.staff.storage.RedisStaffRepository;

/**
 * The store in Redis, shared by every server that connects to it. Every key of a session's data
 * carries the session id as hash tag ({@link RedisKeys}); there are no global keys. A future
 * completes once Redis replied, so with {@code appendfsync always} an acknowledged write is on
 * disk. While Redis is unreachable, futures fail within two seconds with
 * {@link org.certamen.server.shared.StoreUnavailableException}, and the store recovers by itself.
 */
public record RedisStore(RedisConnection connection, Repositories repositories) implements Store {
  /**
   * Connects to {@code redis://HOST:PORT}, blocking until connected (call it at start-up).
   *
   * @param namespace prefix of every key ({@link RedisKeys#DEFAULT_NAMESPACE} in production)
   * @throws IllegalArgumentException when the URI is not a Redis URI
   * @throws org.certamen.server.shared.StoreUnavailableException when Redis cannot be reached
   */
  public static RedisStore connect(String uri, String namespace, Clock clock) {
    return connect(uri, namespace, clock, null);
  }

  /**
   * Connects as above, on the given event loops (see {@link RedisConnection#open(String,
   * EventLoopGroup)}): close the store before them.
   */
  public static RedisStore connect(String uri, String namespace, Clock clock,
      EventLoopGroup eventLoops) {
    RedisConnection connection = RedisConnection.open(uri, eventLoops);
    return new RedisStore(connection, repositories(connection, new RedisKeys(namespace), clock));
  }

  /** Connects with the production namespace. */
  public static RedisStore connect(String uri, Clock clock) {
    return connect(uri, RedisKeys.DEFAULT_NAMESPACE, clock);
  }

  @Override
  public Future<Void> close() {
    return connection.close();
  }

  private static Repositories repositories(RedisConnection connection, RedisKeys keys,
      Clock clock) {
    return new Repositories(new RedisCentreRepository(connection, keys, clock),
        new RedisDirectoryRepository(connection, keys, clock),
        new RedisSessionRepository(connection, keys), new RedisCandidateRepository(connection, keys),
        new CachedExamRepository(new RedisExamRepository(connection, keys)),
        new RedisPresenceRepository(connection, keys),
        new CachedTokenRepository(new RedisTokenRepository(connection, keys, clock), clock),
        new RedisAttemptRepository(connection, keys, clock),
        new RedisResultRepository(connection, keys), new RedisStaffRepository(connection, keys, clock),
        new RedisPupilRepository(connection, keys),
        new RedisRosterEnrolmentRepository(connection, keys),
        new RedisCampaignRepository(connection, keys),
        new RedisPupilAccountRepository(connection, keys, clock),
        new RedisParticipationRepository(connection, keys));
  }
}

package org.certamen.server.storage;

import io.vertx.core.Future;
import java.time.Clock;
import org.certamen.server.centre.domain.CentreRepository;
import org.certamen.server.centre.domain.DirectoryRepository;
import org.certamen.server.centre.storage.RedisDirectoryRepository;
import org.certamen.server.centre.storage.RedisCentreRepository;
import org.certamen.server.planning.domain.CandidateRepository;
import org.certamen.server.planning.domain.SessionRepository;
import org.certamen.server.planning.storage.RedisCandidateRepository;
import org.certamen.server.planning.storage.RedisSessionRepository;
import org.certamen.server.redis.RedisConnection;
import org.certamen.server.redis.RedisKeys;
import org.certamen.server.results.domain.ResultRepository;
import org.certamen.server.results.storage.RedisResultRepository;
import org.certamen.server.limits.domain.AttemptRepository;
import org.certamen.server.exam.domain.ExamRepository;
import org.certamen.server.exam.domain.PresenceRepository;
import org.certamen.server.exam.domain.TokenRepository;
import org.certamen.server.limits.storage.RedisAttemptRepository;
import org.certamen.server.exam.storage.CachedExamRepository;
import org.certamen.server.exam.storage.CachedTokenRepository;
import org.certamen.server.exam.storage.RedisExamRepository;
import org.certamen.server.exam.storage.RedisPresenceRepository;
import org.certamen.server.exam.storage.RedisTokenRepository;
import org.certamen.server.staff.domain.StaffRepository;
import org.certamen.server.staff.storage.RedisStaffRepository;

/**
 * The store in Redis, shared by every server that connects to it. Every key of a session's data
 * carries the session id as hash tag ({@link RedisKeys}); there are no global keys. A future
 * completes once Redis replied, so with {@code appendfsync always} an acknowledged write is on
 * disk. While Redis is unreachable, futures fail within two seconds with
 * {@link org.certamen.server.shared.StoreUnavailableException}, and the store recovers by itself.
 */
public final class RedisStore implements Store {
  private final RedisConnection connection;
  private final SessionRepository sessions;
  private final CandidateRepository candidates;
  private final ExamRepository exams;
  private final PresenceRepository presence;
  private final TokenRepository tokens;
  private final AttemptRepository attempts;
  private final CentreRepository centres;
  private final DirectoryRepository directory;
  private final StaffRepository staff;
  private final ResultRepository results;

  private RedisStore(RedisConnection connection, RedisKeys keys, Clock clock) {
    this.connection = connection;
    this.sessions = new RedisSessionRepository(connection, keys);
    this.candidates = new RedisCandidateRepository(connection, keys);
    this.exams = new CachedExamRepository(new RedisExamRepository(connection, keys));
    this.presence = new RedisPresenceRepository(connection, keys);
    this.tokens = new CachedTokenRepository(new RedisTokenRepository(connection, keys, clock), clock);
    this.attempts = new RedisAttemptRepository(connection, keys, clock);
    this.results = new RedisResultRepository(connection, keys);
    this.centres = new RedisCentreRepository(connection, keys, clock);
    this.directory = new RedisDirectoryRepository(connection, keys, clock);
    this.staff = new RedisStaffRepository(connection, keys, clock);
  }

  @Override
  public CentreRepository centres() {
    return centres;
  }

  /**
   * Connects to {@code redis://HOST:PORT}, blocking until connected (call it at start-up).
   *
   * @param namespace prefix of every key ({@link RedisKeys#DEFAULT_NAMESPACE} in production)
   * @throws IllegalArgumentException when the URI is not a Redis URI
   * @throws org.certamen.server.shared.StoreUnavailableException when Redis cannot be reached
   */
  public static RedisStore connect(String uri, String namespace, Clock clock) {
    RedisKeys keys = new RedisKeys(namespace);
    return new RedisStore(RedisConnection.open(uri), keys, clock);
  }

  /** Connects with the production namespace. */
  public static RedisStore connect(String uri, Clock clock) {
    return connect(uri, RedisKeys.DEFAULT_NAMESPACE, clock);
  }

  @Override
  public DirectoryRepository directory() {
    return directory;
  }

  @Override
  public SessionRepository sessions() {
    return sessions;
  }

  @Override
  public CandidateRepository candidates() {
    return candidates;
  }

  @Override
  public ExamRepository exams() {
    return exams;
  }

  @Override
  public PresenceRepository presence() {
    return presence;
  }

  @Override
  public TokenRepository tokens() {
    return tokens;
  }

  @Override
  public AttemptRepository attempts() {
    return attempts;
  }

  @Override
  public ResultRepository results() {
    return results;
  }

  @Override
  public StaffRepository staff() {
    return staff;
  }

  @Override
  public Future<Void> close() {
    return connection.close();
  }
}

package org.certamen.server.storage;

import org.certamen.server.campaigns.domain.CampaignRepository;
import org.certamen.server.campaigns.domain.ParticipationRepository;
import org.certamen.server.campaigns.domain.PupilAccountRepository;
import org.certamen.server.campaigns.storage.RedisCampaignRepository;
import org.certamen.server.campaigns.storage.RedisParticipationRepository;
import org.certamen.server.campaigns.storage.RedisPupilAccountRepository;
import io.vertx.core.Future;
import java.time.Clock;
import org.certamen.server.centre.domain.CentreRepository;
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
import org.certamen.server.roster.domain.PupilRepository;
import org.certamen.server.roster.domain.RosterEnrolmentRepository;
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
public final class RedisStore implements Store {
  private final RedisConnection connection;
  private final SessionRepository sessions;
  private final CandidateRepository candidates;
  private final ExamRepository exams;
  private final PresenceRepository presence;
  private final TokenRepository tokens;
  private final AttemptRepository attempts;
  private final CentreRepository centres;
  private final StaffRepository staff;
  private final ResultRepository results;
  private final CampaignRepository campaigns;
  private final PupilAccountRepository pupilAccounts;
  private final ParticipationRepository participations;
  private final PupilRepository pupils;
  private final RosterEnrolmentRepository rosterEnrolments;

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
    this.staff = new RedisStaffRepository(connection, keys, clock);
    this.campaigns = new RedisCampaignRepository(connection, keys);
    this.pupilAccounts = new RedisPupilAccountRepository(connection, keys, clock);
    this.participations = new RedisParticipationRepository(connection, keys);
    this.pupils = new RedisPupilRepository(connection, keys);
    this.rosterEnrolments = new RedisRosterEnrolmentRepository(connection, keys);
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
  public PupilRepository pupils() {
    return pupils;
  }

  @Override
  public RosterEnrolmentRepository rosterEnrolments() {
    return rosterEnrolments;
  }

  @Override
  public CampaignRepository campaigns() {
    return campaigns;
  }

  @Override
  public PupilAccountRepository pupilAccounts() {
    return pupilAccounts;
  }

  @Override
  public ParticipationRepository participations() {
    return participations;
  }

  @Override
  public Future<Void> close() {
    return connection.close();
  }
}

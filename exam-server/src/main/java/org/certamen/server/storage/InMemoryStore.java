package org.certamen.server.storage;

import io.vertx.core.Future;
import java.time.Clock;
import org.certamen.server.centre.domain.CentreRepository;
import org.certamen.server.centre.domain.DirectoryRepository;
import org.certamen.server.centre.storage.InMemoryDirectoryRepository;
import org.certamen.server.centre.storage.InMemoryCentreRepository;
import org.certamen.server.planning.domain.CandidateRepository;
import org.certamen.server.planning.domain.SessionRepository;
import org.certamen.server.planning.storage.InMemoryCandidateRepository;
import org.certamen.server.planning.storage.InMemorySessionRepository;
import org.certamen.server.results.domain.ResultRepository;
import org.certamen.server.results.storage.InMemoryResultRepository;
import org.certamen.server.limits.domain.AttemptRepository;
import org.certamen.server.exam.domain.ExamRepository;
import org.certamen.server.exam.domain.PresenceRepository;
import org.certamen.server.exam.domain.TokenRepository;
import org.certamen.server.limits.storage.InMemoryAttemptRepository;
import org.certamen.server.exam.storage.InMemoryExamRepository;
import org.certamen.server.exam.storage.InMemoryPresenceRepository;
import org.certamen.server.exam.storage.InMemoryTokenRepository;
import org.certamen.server.staff.domain.StaffRepository;
import org.certamen.server.staff.storage.InMemoryStaffRepository;

/** The store of one server process, lost when it stops: for development, demos and tests. */
public final class InMemoryStore implements Store {
  private final SessionRepository sessions = new InMemorySessionRepository();
  private final CandidateRepository candidates = new InMemoryCandidateRepository();
  private final ExamRepository exams = new InMemoryExamRepository();
  private final PresenceRepository presence = new InMemoryPresenceRepository();
  private final TokenRepository tokens;
  private final AttemptRepository attempts;
  private final CentreRepository centres;
  private final DirectoryRepository directory;
  private final StaffRepository staff;
  private final ResultRepository results = new InMemoryResultRepository();

  /** The clock decides when tokens and rate-limit windows expire. */
  public InMemoryStore(Clock clock) {
    this.tokens = new InMemoryTokenRepository(clock);
    this.attempts = new InMemoryAttemptRepository(clock);
    this.centres = new InMemoryCentreRepository(clock);
    this.directory = new InMemoryDirectoryRepository(clock);
    this.staff = new InMemoryStaffRepository(clock);
  }

  @Override
  public CentreRepository centres() {
    return centres;
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
    return Future.succeededFuture();
  }
}

package org.certamen.server.storage;

import io.vertx.core.Future;
import java.time.Clock;
import org.certamen.server.centre.storage.InMemoryCentreRepository;
import org.certamen.server.centre.storage.InMemoryDirectoryRepository;
import org.certamen.server.planning.storage.InMemoryCandidateRepository;
import org.certamen.server.planning.storage.InMemorySessionRepository;
import org.certamen.server.results.storage.InMemoryResultRepository;
import org.certamen.server.limits.storage.InMemoryAttemptRepository;
import org.certamen.server.exam.storage.InMemoryExamRepository;
import org.certamen.server.exam.storage.InMemoryPresenceRepository;
import org.certamen.server.exam.storage.InMemoryTokenRepository;
import org.certamen.server.staff.storage.InMemoryStaffRepository;

/** The store of one server process, lost when it stops: for development, demos and tests. */
public final class InMemoryStore implements Store {
  private final Repositories repositories;

  /** The clock decides when tokens and rate-limit windows expire. */
  public InMemoryStore(Clock clock) {
    this.repositories = new Repositories(new InMemoryCentreRepository(clock),
        new InMemoryDirectoryRepository(clock),
        new InMemorySessionRepository(), new InMemoryCandidateRepository(),
        new InMemoryExamRepository(), new InMemoryPresenceRepository(),
        new InMemoryTokenRepository(clock), new InMemoryAttemptRepository(clock),
        new InMemoryResultRepository(), new InMemoryStaffRepository(clock));
  }

  @Override
  public Repositories repositories() {
    return repositories;
  }

  @Override
  public Future<Void> close() {
    return Future.succeededFuture();
  }
}

package org.certamen.server.storage;

import org.certamen.server.campaigns.storage.InMemoryCampaignRepository;
import org.certamen.server.campaigns.storage.InMemoryParticipationRepository;
import org.certamen.server.campaigns.storage.InMemoryPupilAccountRepository;
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
import org.certamen.server.roster.storage.InMemoryPupilRepository;
import org.certamen.server.roster.storage.InMemoryRosterEnrolmentRepository;
import org.certamen.server.staff.storage.InMemoryStaffRepository;

/** The store of one server process, lost when it stops: for development, demos and tests. */
public record InMemoryStore(Repositories repositories) implements Store {
  /** The clock decides when tokens and rate-limit windows expire. */
  public InMemoryStore(Clock clock) {
    this(new Repositories(new InMemoryCentreRepository(clock),
        new InMemoryDirectoryRepository(clock),
        new InMemorySessionRepository(), new InMemoryCandidateRepository(),
        new InMemoryExamRepository(), new InMemoryPresenceRepository(),
        new InMemoryTokenRepository(clock), new InMemoryAttemptRepository(clock),
        new InMemoryResultRepository(), new InMemoryStaffRepository(clock),
        new InMemoryPupilRepository(), new InMemoryRosterEnrolmentRepository(),
        new InMemoryCampaignRepository(), new InMemoryPupilAccountRepository(clock),
        new InMemoryParticipationRepository()));
  }

  @Override
  public Future<Void> close() {
    return Future.succeededFuture();
  }
}

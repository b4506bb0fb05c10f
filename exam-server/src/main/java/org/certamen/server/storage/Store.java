package org.certamen.server.storage;

import io.vertx.core.Future;
import org.certamen.server.centre.domain.CentreRepository;
import org.certamen.server.centre.domain.DirectoryRepository;
import org.certamen.server.planning.domain.CandidateRepository;
import org.certamen.server.planning.domain.SessionRepository;
import org.certamen.server.results.domain.ResultRepository;
import org.certamen.server.limits.domain.AttemptRepository;
import org.certamen.server.exam.domain.ExamRepository;
import org.certamen.server.exam.domain.PresenceRepository;
import org.certamen.server.exam.domain.TokenRepository;
import org.certamen.server.staff.domain.StaffRepository;

/**
 * Every piece of server state, behind one interface with two implementations: {@link InMemoryStore}
 * and {@link RedisStore}. Both pass {@code StoreContractTest}. Servers sharing one store can serve
 * the same session. When the store cannot be reached, repository futures fail with
 * {@link org.certamen.server.shared.StoreUnavailableException} (HTTP 503).
 */
public interface Store {
  /** Every repository of the store. */
  Repositories repositories();

  default CentreRepository centres() {
    return repositories().centres();
  }

  /** The directory of schools and their activations. */
  default DirectoryRepository directory() {
    return repositories().directory();
  }

  default SessionRepository sessions() {
    return repositories().sessions();
  }

  default CandidateRepository candidates() {
    return repositories().candidates();
  }

  default ExamRepository exams() {
    return repositories().exams();
  }

  default PresenceRepository presence() {
    return repositories().presence();
  }

  default TokenRepository tokens() {
    return repositories().tokens();
  }

  default AttemptRepository attempts() {
    return repositories().attempts();
  }

  default ResultRepository results() {
    return repositories().results();
  }

  default StaffRepository staff() {
    return repositories().staff();
  }

  /** Releases connections; the future completes once they are closed. */
  Future<Void> close();
}

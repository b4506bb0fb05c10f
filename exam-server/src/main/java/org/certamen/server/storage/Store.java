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
  CentreRepository centres();

  /** The directory of schools and their activations. */
  DirectoryRepository directory();

  SessionRepository sessions();

  CandidateRepository candidates();

  ExamRepository exams();

  PresenceRepository presence();

  TokenRepository tokens();

  AttemptRepository attempts();

  /** Finalisations and the append-only history of certification results. */
  ResultRepository results();

  /** Staff accounts and their audit trail. */
  StaffRepository staff();

  /** Releases connections; the future completes once they are closed. */
  Future<Void> close();
}

package org.certamen.server.storage;

import io.vertx.core.Future;
import org.certamen.server.campaigns.domain.CampaignRepository;
import org.certamen.server.campaigns.domain.ParticipationRepository;
import org.certamen.server.campaigns.domain.PupilAccountRepository;
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
import org.certamen.server.roster.domain.PupilRepository;
import org.certamen.server.roster.domain.RosterEnrolmentRepository;

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

  /** Schools' rosters: pupils, their profiles, their last import. */
  default PupilRepository pupils() {
    return repositories().pupils();
  }

  /** Which candidates were enrolled from a roster, as which pupil. */
  default RosterEnrolmentRepository rosterEnrolments() {
    return repositories().rosterEnrolments();
  }

  /** Campaigns of schools, by id, code and centre. */
  default CampaignRepository campaigns() {
    return repositories().campaigns();
  }

  /** Pupils' accounts in the pupil space, and their tokens. */
  default PupilAccountRepository pupilAccounts() {
    return repositories().pupilAccounts();
  }

  /** Pupils' participations in campaigns. */
  default ParticipationRepository participations() {
    return repositories().participations();
  }

  /** Releases connections; the future completes once they are closed. */
  Future<Void> close();
}

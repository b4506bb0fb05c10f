package org.certamen.server.storage;

import org.certamen.server.campaigns.domain.CampaignRepository;
import org.certamen.server.campaigns.domain.ParticipationRepository;
import org.certamen.server.campaigns.domain.PupilAccountRepository;
import io.vertx.core.Future;
import org.certamen.server.centre.domain.CentreRepository;
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
  CentreRepository centres();

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

  /** Schools' rosters: pupils, their profiles, their last import. */
  PupilRepository pupils();

  /** Which candidates were enrolled from a roster, as which pupil. */
  RosterEnrolmentRepository rosterEnrolments();

  /** Campaigns of schools, by id, code and centre. */
  CampaignRepository campaigns();

  /** Pupils' accounts in the pupil space, and their tokens. */
  PupilAccountRepository pupilAccounts();

  /** Pupils' participations in campaigns. */
  ParticipationRepository participations();

  /** Releases connections; the future completes once they are closed. */
  Future<Void> close();
}

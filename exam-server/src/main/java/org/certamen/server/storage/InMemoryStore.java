package org.certamen.server.storage;

import org.certamen.server.campaigns.domain.CampaignRepository;
import org.certamen.server.campaigns.domain.ParticipationRepository;
import org.certamen.server.campaigns.domain.PupilAccountRepository;
import org.certamen.server.campaigns.storage.InMemoryCampaignRepository;
import org.certamen.server.campaigns.storage.InMemoryParticipationRepository;
import org.certamen.server.campaigns.storage.InMemoryPupilAccountRepository;
import io.vertx.core.Future;
import java.time.Clock;
import org.certamen.server.centre.domain.CentreRepository;
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
import org.certamen.server.roster.domain.PupilRepository;
import org.certamen.server.roster.domain.RosterEnrolmentRepository;
import org.certamen.server.roster.storage.InMemoryPupilRepository;
import org.certamen.server.roster.storage.InMemoryRosterEnrolmentRepository;
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
  private final StaffRepository staff;
  private final ResultRepository results = new InMemoryResultRepository();
  private final PupilRepository pupils = new InMemoryPupilRepository();
  private final CampaignRepository campaigns = new InMemoryCampaignRepository();
  private final PupilAccountRepository pupilAccounts;
  private final ParticipationRepository participations = new InMemoryParticipationRepository();
  private final RosterEnrolmentRepository rosterEnrolments =
      new InMemoryRosterEnrolmentRepository();

  /** The clock decides when tokens and rate-limit windows expire. */
  public InMemoryStore(Clock clock) {
    this.tokens = new InMemoryTokenRepository(clock);
    this.attempts = new InMemoryAttemptRepository(clock);
    this.centres = new InMemoryCentreRepository(clock);
    this.staff = new InMemoryStaffRepository(clock);
    this.pupilAccounts = new InMemoryPupilAccountRepository(clock);
  }

  @Override
  public CentreRepository centres() {
    return centres;
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
    return Future.succeededFuture();
  }
}

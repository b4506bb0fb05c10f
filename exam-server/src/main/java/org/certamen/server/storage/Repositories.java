package org.certamen.server.storage;

import org.certamen.server.centre.domain.CentreRepository;
import org.certamen.server.centre.domain.DirectoryRepository;
import org.certamen.server.exam.domain.ExamRepository;
import org.certamen.server.exam.domain.PresenceRepository;
import org.certamen.server.exam.domain.TokenRepository;
import org.certamen.server.limits.domain.AttemptRepository;
import org.certamen.server.planning.domain.CandidateRepository;
import org.certamen.server.planning.domain.SessionRepository;
import org.certamen.server.results.domain.ResultRepository;
import org.certamen.server.staff.domain.StaffRepository;

/**
 * Every repository of one store, in memory or on Redis.
 *
 * @param directory the directory of schools and their activations
 * @param results finalisations and the append-only history of certification results
 * @param staff staff accounts and their audit trail
 */
public record Repositories(
    CentreRepository centres,
    DirectoryRepository directory,
    SessionRepository sessions,
    CandidateRepository candidates,
    ExamRepository exams,
    PresenceRepository presence,
    TokenRepository tokens,
    AttemptRepository attempts,
    ResultRepository results,
    StaffRepository staff) {
}

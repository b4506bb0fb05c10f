package org.certamen.server.exam.domain;

import org.certamen.server.planning.domain.Candidate;

/**
 * A candidate who entered: the token for {@code /api/me/**}, the exam as it now stands, and who
 * they are enrolled as (the page shows the name, so that a pupil at the wrong seat notices).
 */
public record CandidateEntry(AccessToken token, Exam exam, Candidate candidate) {
}

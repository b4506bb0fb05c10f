package org.certamen.server.session.domain;

import org.certamen.server.enrolment.domain.Candidate;

/**
 * A candidate who entered: the token for {@code /api/me/**}, the exam as it now stands, and who
 * they are enrolled as (the page shows the name, so that a pupil at the wrong seat notices).
 */
public record CandidateEntry(AccessToken token, Exam exam, Candidate candidate) {
}

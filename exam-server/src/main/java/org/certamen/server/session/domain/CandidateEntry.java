package org.certamen.server.session.domain;

/** A candidate who entered: the token for {@code /api/me/**} and the exam as it now stands. */
public record CandidateEntry(AccessToken token, Exam exam) {
}

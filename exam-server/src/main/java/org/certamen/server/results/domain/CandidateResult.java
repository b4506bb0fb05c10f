package org.certamen.server.results.domain;

import org.certamen.server.planning.domain.Candidate;

/** A candidate with the current version of their result. */
public record CandidateResult(Candidate candidate, CertificationResult result) {
}

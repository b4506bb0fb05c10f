package org.certamen.server.results.domain;

/** Whose result a verification code belongs to. */
public record CertifiedCandidate(String sessionId, String candidateId) {
}

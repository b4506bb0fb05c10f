package org.certamen.server.results.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A finalised session: the checked incident report, who finalised it and when, and its
 * publication once staff published the results.
 *
 * @param finalizedBy {@code staff} or {@code invigilator}
 * @param publishedAt null until the results are published
 * @param publishedBy null until the results are published
 */
public record Finalization(
    String sessionId,
    Instant finalizedAt,
    String finalizedBy,
    String comment,
    boolean hasIncident,
    boolean hasJoiningIssue,
    List<Incident> incidents,
    Map<String, AbortReason> abortReasons,
    Instant publishedAt,
    String publishedBy) {

  /** Longest global comment accepted. */
  public static final int MAX_COMMENT_LENGTH = 500;

  public Finalization {
    incidents = List.copyOf(incidents);
    abortReasons = Map.copyOf(abortReasons);
  }

  public boolean isPublished() {
    return publishedAt != null;
  }

  /** The same finalisation, published. */
  public Finalization published(Instant at, String by) {
    return new Finalization(sessionId, finalizedAt, finalizedBy, comment, hasIncident,
        hasJoiningIssue, incidents, abortReasons, at, by);
  }

  /** True when the report names a fraud by this candidate. */
  public boolean reportsFraudBy(String candidateId) {
    return incidents.stream().anyMatch(i -> i.category() == IncidentCategory.FRAUD
        && i.candidateId().equals(candidateId));
  }
}

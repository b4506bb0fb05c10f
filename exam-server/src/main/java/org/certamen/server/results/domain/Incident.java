package org.certamen.server.results.domain;

/**
 * One incident of the report.
 *
 * @param questionNumber the 1-based question concerned, for {@link IncidentCategory#IN_QUESTION}
 *     only; else null
 */
public record Incident(String candidateId, IncidentCategory category, Integer questionNumber,
    String description) {
}

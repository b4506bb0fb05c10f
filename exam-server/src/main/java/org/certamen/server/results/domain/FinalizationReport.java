package org.certamen.server.results.domain;

import java.util.List;
import java.util.Map;

/**
 * The incident report as the centre sends it, not yet checked: categories and abort reasons are
 * kept as the texts received so that every problem can be reported at once.
 *
 * @param abortReasons candidate id to {@code candidate} or {@code technical}
 */
public record FinalizationReport(String comment, boolean hasIncident, boolean hasJoiningIssue,
    List<ReportedIncident> incidents, Map<String, String> abortReasons) {

  public FinalizationReport {
    incidents = List.copyOf(incidents);
    abortReasons = Map.copyOf(abortReasons);
  }

  /** An incident as received; any field may be missing or wrong. */
  public record ReportedIncident(String candidateId, String category, Integer questionNumber,
      String description) {
  }
}

package org.certamen.server.results.domain;

import java.util.List;

/**
 * Which of a school's published results to show; a null criterion lets everything through.
 *
 * @param division the class, as candidates were enrolled in it
 * @param candidateId one pupil's enrolment, with {@code sessionId}
 */
public record ResultFilter(SchoolYear year, String sessionId, String division, String candidateId) {

  /** Every published result. */
  public static final ResultFilter ALL = new ResultFilter(null, null, null, null);

  /** The sessions and results that pass, in the same order; sessions left empty are dropped. */
  public List<SessionResults> apply(List<SessionResults> published) {
    return published.stream()
        .filter(results -> year == null || year.contains(results.session().date()))
        .filter(results -> sessionId == null || sessionId.equals(results.session().id()))
        .map(results -> results.ofDivision(division))
        .map(this::ofCandidate)
        .filter(results -> !results.results().isEmpty() || !results.absent().isEmpty())
        .toList();
  }

  private SessionResults ofCandidate(SessionResults results) {
    if (candidateId == null) {
      return results;
    }
    return new SessionResults(results.session(), results.finalization(), results.results().stream()
        .filter(line -> candidateId.equals(line.candidate().id())).toList(),
        results.absent().stream().filter(c -> candidateId.equals(c.id())).toList());
  }
}

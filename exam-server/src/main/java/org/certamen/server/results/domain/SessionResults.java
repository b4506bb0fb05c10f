package org.certamen.server.results.domain;

import java.util.List;
import org.certamen.server.planning.domain.Candidate;
import org.certamen.server.planning.domain.Session;

/**
 * A finalised session's current results, in enrolment order, and the candidates who never started
 * (absent: they have no result).
 */
public record SessionResults(Session session, Finalization finalization, List<CandidateResult> results,
    List<Candidate> absent) {

  /** The results of one class only, or all of them when {@code division} is null. */
  public SessionResults ofDivision(String division) {
    if (division == null) {
      return this;
    }
    return new SessionResults(session, finalization, results.stream()
        .filter(r -> division.equals(r.candidate().division())).toList(),
        absent.stream().filter(c -> division.equals(c.division())).toList());
  }
}

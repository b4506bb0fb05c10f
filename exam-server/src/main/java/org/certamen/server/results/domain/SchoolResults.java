package org.certamen.server.results.domain;

import io.vertx.core.Future;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.certamen.server.shared.DomainException;

/**
 * A school's published results across its sessions, for its administrators: what the results
 * page lists and what its class downloads hold. Sessions not finalised or not published yet are
 * left out; the centre context says which sessions are the school's.
 *
 * @param sessionsOfCentre the ids of the sessions a centre planned
 */
public record SchoolResults(ScoredSessions sessions,
    Function<String, Future<List<String>>> sessionsOfCentre) {
  /** Every published session of the centre with its results, most recent session first. */
  public Future<List<SessionResults>> published(String centreId) {
    return sessionsOfCentre.apply(centreId).compose(ids -> Future.all(ids.stream()
            .map(this::publishedResults).toList())
        .map(all -> all.<Optional<SessionResults>>list().stream().flatMap(Optional::stream)
            .sorted(Comparator.comparing((SessionResults r) -> r.session().date())
                .thenComparing(r -> r.session().time()).reversed())
            .toList()));
  }

  private Future<Optional<SessionResults>> publishedResults(String sessionId) {
    return sessions.results(sessionId, false).map(Optional::of).recover(failure ->
        failure instanceof DomainException refusal && isNotPublished(refusal.code())
            ? Future.succeededFuture(Optional.empty()) : Future.failedFuture(failure));
  }

  private static boolean isNotPublished(String code) {
    return code.equals("SESSION_NOT_FINALIZED") || code.equals("RESULTS_NOT_PUBLISHED");
  }
}

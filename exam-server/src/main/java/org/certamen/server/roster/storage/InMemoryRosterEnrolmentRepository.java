package org.certamen.server.roster.storage;

import io.vertx.core.Future;
import java.util.Map;
import java.util.Optional;
import org.certamen.server.memory.GroupedMap;
import org.certamen.server.roster.domain.RosterEnrolmentRepository;

/** Roster enrolments, the pupil by session and candidate, for one server process. */
public final class InMemoryRosterEnrolmentRepository implements RosterEnrolmentRepository {
  private final GroupedMap<String> pupilBySession = new GroupedMap<>();

  @Override
  public Future<Void> link(String sessionId, String candidateId, String pupilId) {
    pupilBySession.put(sessionId, candidateId, pupilId);
    return Future.succeededFuture();
  }

  @Override
  public Future<Optional<String>> pupilOf(String sessionId, String candidateId) {
    return Future.succeededFuture(pupilBySession.find(sessionId, candidateId));
  }

  @Override
  public Future<Map<String, String>> pupilsOf(String sessionId) {
    return Future.succeededFuture(pupilBySession.copyOf(sessionId));
  }
}

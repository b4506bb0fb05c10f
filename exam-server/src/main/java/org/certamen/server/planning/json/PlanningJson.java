package org.certamen.server.planning.json;

import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.certamen.server.planning.domain.Candidate;
import org.certamen.server.planning.domain.Session;

/**
 * The one JSON shape of a session and of a candidate: the API sends it (to staff, centres and
 * invigilators) and the Redis repositories store it, each adding its own fields.
 */
public final class PlanningJson {
  private PlanningJson() {
  }

  /** A session's plan and access code (never its invigilator password's hash). */
  public static JsonObject session(Session session) {
    return new JsonObject()
        .put("id", session.id())
        .put("centre", session.centre())
        .put("address", session.address())
        .put("room", session.room())
        .put("examiner", session.examiner())
        .put("date", session.date().toString())
        .put("time", session.time().toString())
        .put("accessCode", session.accessCode());
  }

  /** A candidate's identity, arrangements and training profile. */
  public static JsonObject candidate(Candidate candidate) {
    return new JsonObject()
        .put("id", candidate.id())
        .put("lastName", candidate.lastName())
        .put("firstName", candidate.firstName())
        .put("birthdate", candidate.birthdate().toString())
        .put("division", candidate.division())
        .put("externalId", candidate.externalId())
        .put("extraTimePercentage", candidate.extraTimePercentage())
        .put("needsAccessibility", candidate.needsAccessibility())
        .put("profile", candidate.profile() == null ? null
            : new JsonObject(Map.copyOf(candidate.profile())));
  }
}

package org.certamen.server.planning.json;

import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.certamen.server.planning.domain.Candidate;
import org.certamen.server.planning.domain.Session;
import org.certamen.server.shared.RecordJson;

/**
 * The one JSON shape of a session and of a candidate: the API sends it (to staff, centres and
 * invigilators) and the Redis repositories store it, each adding its own fields.
 */
public final class PlanningJson {
  private PlanningJson() {
  }

  /** A session without its invigilator password's hash. */
  private record SessionPlan(String id, String centre, String address, String room,
      String examiner, LocalDate date, LocalTime time, String accessCode, int invigilatorCount) {
  }

  /** A candidate without their session (the caller knows it). */
  private record Enrolled(String id, String lastName, String firstName, LocalDate birthdate,
      String division, String externalId, int extraTimePercentage, boolean needsAccessibility,
      Map<String, Integer> profile) {
  }

  /**
   * A session's plan, access code and number of invigilators (never its invigilator password's
   * hash).
   */
  public static JsonObject session(Session session) {
    return RecordJson.toJson(new SessionPlan(session.id(), session.centre(), session.address(),
        session.room(), session.examiner(), session.date(), session.time(), session.accessCode(),
        session.invigilatorCount()));
  }

  /** A candidate's identity, arrangements and training profile. */
  public static JsonObject candidate(Candidate candidate) {
    return RecordJson.toJson(new Enrolled(candidate.id(), candidate.lastName(),
        candidate.firstName(), candidate.birthdate(), candidate.division(), candidate.externalId(),
        candidate.extraTimePercentage(), candidate.needsAccessibility(), candidate.profile()));
  }
}

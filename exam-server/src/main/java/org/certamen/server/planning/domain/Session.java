package org.certamen.server.planning.domain;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A planned certification session. {@code id} is the session number candidates type;
 * {@code accessCode} is read out by the invigilator when the exam starts.
 *
 * @param invigilatorPasswordHash the password as {@link org.certamen.server.shared.PasswordHash}
 * @param invigilatorCount invigilators in the room, 1 or more
 */
public record Session(
    String id,
    String centre,
    String address,
    String room,
    String examiner,
    LocalDate date,
    LocalTime time,
    String accessCode,
    String invigilatorPasswordHash,
    int invigilatorCount) {

  /** The national guide's rule: « un surveillant pour 20 élèves maximum ». */
  public static final int CANDIDATES_PER_INVIGILATOR = 20;
  /** More invigilators than a room ever holds is a typing error. */
  public static final int MAX_INVIGILATORS = 20;

  /** A session with one invigilator. */
  public Session(String id, String centre, String address, String room, String examiner,
      LocalDate date, LocalTime time, String accessCode, String invigilatorPasswordHash) {
    this(id, centre, address, room, examiner, date, time, accessCode, invigilatorPasswordHash, 1);
  }

  /** The same session, same number and codes, planned otherwise. */
  public Session with(SessionPlan plan) {
    return new Session(id, plan.centre(), plan.address(), plan.room(), plan.examiner(), plan.date(),
        plan.time(), accessCode, invigilatorPasswordHash, plan.invigilatorCount());
  }

  /** How the session is planned. */
  public SessionPlan plan() {
    return new SessionPlan(centre, address, room, examiner, date, time, invigilatorCount);
  }

  /** Most candidates the session may hold. */
  public int capacity() {
    return CANDIDATES_PER_INVIGILATOR * invigilatorCount;
  }
}

package org.certamen.server.planning.domain;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A planned certification session. {@code id} is the session number candidates type;
 * {@code accessCode} is read out by the invigilator when the exam starts.
 *
 * @param invigilatorPasswordHash the password as {@link org.certamen.server.shared.PasswordHash}
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
    String invigilatorPasswordHash) {

  /** The same session, same number and codes, planned otherwise. */
  public Session with(SessionPlan plan) {
    return new Session(id, plan.centre(), plan.address(), plan.room(), plan.examiner(), plan.date(),
        plan.time(), accessCode, invigilatorPasswordHash);
  }

  /** How the session is planned. */
  public SessionPlan plan() {
    return new SessionPlan(centre, address, room, examiner, date, time);
  }
}

package org.certamen.server.planning.domain;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What the centre gives to plan a session.
 *
 * @param invigilatorCount invigilators in the room: the session holds at most
 *     {@value Session#CANDIDATES_PER_INVIGILATOR} candidates for each
 */
public record SessionPlan(String centre, String address, String room, String examiner,
    LocalDate date, LocalTime time, int invigilatorCount) {

  /** A plan with one invigilator. */
  public SessionPlan(String centre, String address, String room, String examiner,
      LocalDate date, LocalTime time) {
    this(centre, address, room, examiner, date, time, 1);
  }
}

package org.certamen.server.planning.domain;

import java.time.LocalDate;
import java.time.LocalTime;

/** What the centre gives to plan a session. */
public record SessionPlan(String centre, String address, String room, String examiner,
    LocalDate date, LocalTime time) {
}

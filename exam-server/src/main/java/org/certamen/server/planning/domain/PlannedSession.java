package org.certamen.server.planning.domain;

/** A session just created, with its invigilator password: the only time the password is shown. */
public record PlannedSession(Session session, String invigilatorPassword) {
}

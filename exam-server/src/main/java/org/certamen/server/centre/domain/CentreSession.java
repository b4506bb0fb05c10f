package org.certamen.server.centre.domain;

/**
 * A session a centre planned. The centre keeps the invigilator password to print it on the
 * session's access information, as the national platform shows it to the centre.
 */
public record CentreSession(String centreId, String sessionId, String invigilatorPassword) {
}

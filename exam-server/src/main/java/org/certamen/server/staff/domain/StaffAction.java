package org.certamen.server.staff.domain;

import java.time.Instant;

/**
 * One line of the staff's audit trail.
 *
 * @param action what was done, as the API names it (for example {@code jury-action:neutralize})
 * @param sessionId the session concerned, or null
 * @param subject the candidate, member or centre concerned, or null
 */
public record StaffAction(Instant at, String by, String action, String sessionId, String subject) {
}

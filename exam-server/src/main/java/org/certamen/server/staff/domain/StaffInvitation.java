package org.certamen.server.staff.domain;

import java.time.Instant;
import org.certamen.server.shared.Expiring;

/** An invitation to a staff account; whoever holds the 128-bit random token sets its password. */
public record StaffInvitation(String token, String email, Instant expiresAt) implements Expiring {
}

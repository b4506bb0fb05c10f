package org.certamen.server.centre.domain;

import java.time.Instant;
import org.certamen.server.shared.Expiring;

/**
 * An invitation to join a centre; whoever holds the token sets the member's password.
 *
 * @param token {@code CENTREID.SECRET} with a 128-bit random secret
 */
public record Invitation(String token, String centreId, String email, Instant expiresAt)
    implements Expiring {
}

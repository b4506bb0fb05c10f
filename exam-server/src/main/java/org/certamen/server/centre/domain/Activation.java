package org.certamen.server.centre.domain;

import java.time.Instant;
import org.certamen.server.shared.Expiring;

/**
 * A pending activation of a school's space: whoever holds the token, mailed to the school's
 * official address, becomes the centre's administrator.
 *
 * @param token a 128-bit random secret
 */
public record Activation(String token, String uai, Instant expiresAt) implements Expiring {
}

package org.certamen.server.centre.domain;

import java.time.Instant;
import org.certamen.server.shared.Expiring;

/**
 * A bearer token of a centre member, scoped to their centre.
 *
 * @param value {@code centre-CENTREID.SECRET} with a 128-bit random secret
 */
public record CentreLogin(String value, String centreId, String email, Instant expiresAt)
    implements Expiring {
  /** Every centre token starts with it, so that guards know which service checks it. */
  public static final String PREFIX = "centre-";

  /** The centre a token value names, or null when it is not a centre token. */
  public static String centreIdOf(String value) {
    int dot = value.indexOf('.');
    return value.startsWith(PREFIX) && dot > PREFIX.length()
        ? value.substring(PREFIX.length(), dot) : null;
  }
}

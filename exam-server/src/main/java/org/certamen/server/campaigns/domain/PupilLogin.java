package org.certamen.server.campaigns.domain;

import java.time.Instant;
import org.certamen.server.shared.Expiring;

/**
 * A pupil's bearer token.
 *
 * @param value {@code pupil-SECRET} with a 128-bit random secret (no dot, so that no other guard
 *     takes it for one of its own)
 */
public record PupilLogin(String value, String identifier, Instant expiresAt) implements Expiring {
  /** Every pupil token starts with it, so that guards know which service checks it. */
  public static final String PREFIX = "pupil-";

  public static boolean isPupilToken(String value) {
    return value.startsWith(PREFIX);
  }
}

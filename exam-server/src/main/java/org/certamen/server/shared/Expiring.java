package org.certamen.server.shared;

import java.time.Instant;

/** Something that serves until an instant: a login, an invitation, an activation link. */
public interface Expiring {
  Instant expiresAt();

  /** Whether it no longer serves at {@code now}: from {@link #expiresAt()} on. */
  default boolean isExpiredAt(Instant now) {
    return !now.isBefore(expiresAt());
  }
}

package org.certamen.server.exam.domain;

import java.time.Instant;
import org.certamen.server.shared.Expiring;

/**
 * A bearer token and what it opens. The value is {@code SESSIONID.SECRET} with a 128-bit random
 * secret, so a store can keep a session's tokens under the session's keys.
 *
 * @param candidateId the candidate (role CANDIDATE), else null
 */
public record AccessToken(String value, Role role, String sessionId, String candidateId,
    Instant expiresAt) implements Expiring {

  /** The session id a token value names, or null when the value has no session prefix. */
  public static String sessionIdOf(String value) {
    int dot = value.indexOf('.');
    return dot <= 0 ? null : value.substring(0, dot);
  }
}

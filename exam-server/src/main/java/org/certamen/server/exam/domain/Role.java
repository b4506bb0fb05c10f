package org.certamen.server.exam.domain;

/** Who holds an access token, which fixes what it opens. */
public enum Role {
  /** Opens {@code /api/me/**} for one candidate. */
  CANDIDATE,
  /** Opens the supervision endpoints of one session. */
  INVIGILATOR
}

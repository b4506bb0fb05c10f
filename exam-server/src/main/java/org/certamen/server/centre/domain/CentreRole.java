package org.certamen.server.centre.domain;

/** What a member of a centre may do. */
public enum CentreRole {
  /** Everything a member does, and manages the members. */
  ADMINISTRATOR,
  /** Plans sessions, enrols candidates, downloads the invigilator's documents. */
  MEMBER
}

package org.certamen.server.campaigns.domain;

import java.util.List;

/** The identifiers and one-time passwords a school prints for one class. */
public record PrintedCredentials(String division, List<Line> lines) {
  /** One pupil's line: their name, identifier and one-time password. */
  public record Line(String lastName, String firstName, String identifier, String password) {
  }
}

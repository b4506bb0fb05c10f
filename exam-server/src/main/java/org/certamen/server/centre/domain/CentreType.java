package org.certamen.server.centre.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * What kind of centre it is. A school applies the national rule that a pupil who is not
 * certifiable cannot enter the certification; another centre (a training body, a test centre)
 * does not.
 */
public enum CentreType {
  SCHOOL,
  OTHER;

  /** {@code school} or {@code other}, as the API writes it. */
  public String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<CentreType> fromApiName(String name) {
    for (CentreType type : values()) {
      if (type.apiName().equals(name)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /** Whether only certifiable pupils may enter this centre's sessions. */
  public boolean requiresCertifiability() {
    return this == SCHOOL;
  }
}

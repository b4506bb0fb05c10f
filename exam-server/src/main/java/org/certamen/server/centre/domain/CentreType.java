package org.certamen.server.centre.domain;

import java.util.Optional;
import org.certamen.server.shared.ApiNamed;

/**
 * What kind of centre it is, {@code school} or {@code other} in the API. A school applies the
 * national rule that a pupil who is not certifiable cannot enter the certification; another
 * centre (a training body, a test centre) does not.
 */
public enum CentreType implements ApiNamed {
  SCHOOL,
  OTHER;

  public static Optional<CentreType> fromApiName(String name) {
    return ApiNamed.fromApiName(values(), name);
  }

  /** Whether only certifiable pupils may enter this centre's sessions. */
  public boolean requiresCertifiability() {
    return this == SCHOOL;
  }
}

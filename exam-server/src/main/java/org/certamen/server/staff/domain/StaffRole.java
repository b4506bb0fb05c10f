package org.certamen.server.staff.domain;

import java.util.Optional;
import org.certamen.server.shared.ApiNamed;

/**
 * What a staff account may do, {@code admin} or {@code processor} in the API: an admin also
 * manages staff accounts and centres.
 */
public enum StaffRole implements ApiNamed {
  ADMIN, PROCESSOR;

  public static Optional<StaffRole> fromApiName(String name) {
    return ApiNamed.fromApiName(values(), name);
  }
}

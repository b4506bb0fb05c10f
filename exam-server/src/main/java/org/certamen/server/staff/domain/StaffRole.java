package org.certamen.server.staff.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a staff account may do: an admin also manages staff accounts and centres. */
public enum StaffRole {
  ADMIN, PROCESSOR;

  /** The name in the API: {@code admin} or {@code processor}. */
  public String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<StaffRole> fromApiName(String name) {
    return Arrays.stream(values()).filter(role -> role.apiName().equals(name)).findFirst();
  }
}

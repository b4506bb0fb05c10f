package org.certamen.server.centre.domain;

import java.util.Objects;

/**
 * A school or test centre that plans sessions, as staff created it.
 *
 * @param uai the school's UAI, which its SIECLE exports must carry; null when not given
 * @param type a school unless staff said otherwise
 */
public record Centre(String id, String name, String uai, CentreType type) {

  public Centre {
    Objects.requireNonNull(type, "type");
  }

  /** A school. */
  public Centre(String id, String name, String uai) {
    this(id, name, uai, CentreType.SCHOOL);
  }

  public Centre withType(CentreType changed) {
    return new Centre(id, name, uai, changed);
  }
}

package org.certamen.server.centre.domain;

/**
 * A school or test centre that plans sessions, as staff created it.
 *
 * @param uai the school's UAI, which its SIECLE exports must carry; null when not given
 */
public record Centre(String id, String name, String uai) {
}

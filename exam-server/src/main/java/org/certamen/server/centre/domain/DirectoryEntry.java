package org.certamen.server.centre.domain;

/**
 * A school as the national directory staff load lists it: whoever reads its official mailbox
 * may activate its space.
 *
 * @param uai the school's UAI, normalised
 * @param officialEmail the school's official address (often {@code ce.UAI@ac-ACADEMIE.fr})
 * @param type {@code school} or {@code other} (a centre that is not a school)
 */
public record DirectoryEntry(String uai, String name, String officialEmail, String type) {
  public static final String SCHOOL = "school";
  public static final String OTHER = "other";
}

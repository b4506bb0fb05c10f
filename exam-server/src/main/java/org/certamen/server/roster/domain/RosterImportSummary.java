package org.certamen.server.roster.domain;

import java.time.Instant;

/**
 * What the last import of a school's pupil list changed, shown on the pupils' page (« 412 élèves
 * importés, 37 désactivés, 3 lignes refusées »).
 *
 * @param format {@code siecle} or {@code csv}
 * @param imported pupils the file listed and the roster now holds (added, updated or unchanged)
 * @param reactivated pupils who came back (counted in {@code updated} too)
 * @param deactivated pupils the file no longer lists (a SIECLE import only)
 * @param rejected lines refused, with reasons in the import's report
 */
public record RosterImportSummary(Instant importedAt, String format, int imported, int added,
    int updated, int reactivated, int deactivated, int rejected) {
}

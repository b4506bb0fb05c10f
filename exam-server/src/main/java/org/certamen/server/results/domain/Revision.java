package org.certamen.server.results.domain;

import java.time.Instant;

/**
 * Who made one version of a result, when and how.
 *
 * @param version 1 for the scoring at finalisation, then one more for each jury action
 * @param change {@code finalization}, {@code neutralize}, {@code cancel}, {@code reject} or
 *     {@code rescore}
 * @param author {@code staff} or {@code invigilator}
 */
public record Revision(int version, String change, String author, Instant at) {
}

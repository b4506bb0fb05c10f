package org.certamen.server.roster.domain;

import java.util.List;

/**
 * One page of a roster search.
 *
 * @param total pupils matching the query, over every page
 * @param divisions every class of the roster's active pupils, for the class filter
 */
public record PupilPage(List<Pupil> pupils, int total, int page, int pageSize,
    List<String> divisions) {
}

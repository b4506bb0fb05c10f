package org.certamen.server.campaigns.domain;

import org.certamen.server.roster.domain.Pupil;

/** A participation with the roster pupil it belongs to, as teachers see it. */
public record Participant(Participation participation, Pupil pupil) {
}

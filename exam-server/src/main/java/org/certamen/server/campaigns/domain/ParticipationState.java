package org.certamen.server.campaigns.domain;

import org.certamen.engine.bank.Item;

/**
 * What the pupil's page shows of a participation.
 *
 * @param question the question to answer now; null unless the participation is
 *     {@link ParticipationStatus#STARTED}
 * @param answered questions answered in the current run
 */
public record ParticipationState(Participation participation, Campaign campaign, Item question,
    int answered) {
}

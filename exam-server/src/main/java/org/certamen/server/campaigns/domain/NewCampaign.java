package org.certamen.server.campaigns.domain;

/**
 * What a member types to create a campaign.
 *
 * @param parcoursId required for an assessment, absent for a profile collection
 * @param title optional, shown to pupils
 * @param landingText optional, shown to pupils before they start
 */
public record NewCampaign(String name, CampaignObjective objective, String parcoursId,
    String title, String landingText, boolean multipleSendings) {
}

package org.certamen.server.campaigns.json;

import io.vertx.core.json.JsonObject;
import org.certamen.server.campaigns.domain.Campaign;

/**
 * The one JSON shape of a campaign: the API sends it to the school's members and the Redis
 * repository stores it.
 */
public final class CampaignJson {
  private CampaignJson() {
  }

  public static JsonObject campaign(Campaign campaign) {
    return new JsonObject()
        .put("id", campaign.id())
        .put("centreId", campaign.centreId())
        .put("code", campaign.code())
        .put("name", campaign.name())
        .put("objective", campaign.objective().name())
        .put("parcoursId", campaign.parcoursId())
        .put("title", campaign.title())
        .put("landingText", campaign.landingText())
        .put("multipleSendings", campaign.multipleSendings())
        .put("createdAt", campaign.createdAt().toString())
        .put("createdBy", campaign.createdBy());
  }
}

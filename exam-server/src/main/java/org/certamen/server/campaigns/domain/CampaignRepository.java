package org.certamen.server.campaigns.domain;

import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;

/** Campaigns, found by id, by code, or by centre. */
public interface CampaignRepository {
  /**
   * Stores a new campaign and claims its code atomically; false, storing nothing, when another
   * campaign holds the code already.
   */
  Future<Boolean> create(Campaign campaign);

  Future<Optional<Campaign>> find(String campaignId);

  /** The campaign of a code, as normalised by {@link CampaignCode#normalise}. */
  Future<Optional<Campaign>> findByCode(String code);

  /** The centre's campaigns, oldest first. */
  Future<List<Campaign>> ofCentre(String centreId);
}

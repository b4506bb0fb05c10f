package org.certamen.server.campaigns.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A school's campaign: pupils join it with its code.
 *
 * @param parcoursId the parcours an assessment runs; null for a profile collection
 * @param title shown to pupils instead of the name, or null
 * @param landingText shown to pupils before they start, or null
 * @param multipleSendings whether a pupil may send again (an assessment replayed 4 days after
 *     sending, a profile sent again at any time)
 * @param createdBy the address of the member who created it
 */
public record Campaign(
    String id,
    String centreId,
    String code,
    String name,
    CampaignObjective objective,
    String parcoursId,
    String title,
    String landingText,
    boolean multipleSendings,
    Instant createdAt,
    String createdBy) {

  public Campaign {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(centreId, "centreId");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(objective, "objective");
    if ((objective == CampaignObjective.ASSESSMENT) != (parcoursId != null)) {
      throw new IllegalArgumentException("An assessment, and only an assessment, has a parcours");
    }
  }

  public boolean isAssessment() {
    return objective == CampaignObjective.ASSESSMENT;
  }
}

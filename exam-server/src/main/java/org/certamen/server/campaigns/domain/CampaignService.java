package org.certamen.server.campaigns.domain;

import io.vertx.core.Future;
import java.time.Clock;
import java.util.List;

import org.certamen.server.shared.DomainException;
import org.certamen.server.shared.RandomIds;

/**
 * A school's campaigns: created by a member, listed for the school, found by the code pupils
 * type. Futures fail with {@link DomainException}: {@code INVALID_FIELD},
 * {@code UNKNOWN_PARCOURS}, {@code CAMPAIGN_NOT_FOUND}, {@code FORBIDDEN_SCOPE}.
 */
public record CampaignService(CampaignRepository campaigns, OfferedParcours catalogue,
    Clock clock) {
  /** New codes drawn when one is taken: with 2.6 × 10^13 codes, one retry is already rare. */
  private static final int CODE_DRAWS = 5;
  private static final int MAX_NAME_LENGTH = 200;

  /** A member of the centre creates a campaign; it gets a code no other campaign holds. */
  public Future<Campaign> create(String centreId, String memberEmail, NewCampaign draft) {
    String name = draft.name().strip();
    if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
      return Future.failedFuture(DomainException.invalid("INVALID_FIELD",
          "Le nom de la campagne est obligatoire (" + MAX_NAME_LENGTH + " caractères au plus)."));
    }
    String parcoursId = draft.parcoursId();
    if (draft.objective() == CampaignObjective.ASSESSMENT) {
      if (parcoursId == null || parcoursId.isBlank()) {
        return Future.failedFuture(DomainException.invalid("INVALID_FIELD",
            "Choisissez le parcours que la campagne d'évaluation propose."));
      }
      if (catalogue.byId(parcoursId).isEmpty()) {
        return Future.failedFuture(DomainException.invalid("UNKNOWN_PARCOURS",
            "Ce parcours n'existe pas : choisissez-en un dans le catalogue."));
      }
    } else if (parcoursId != null) {
      return Future.failedFuture(DomainException.invalid("INVALID_FIELD",
          "Une collecte de profils ne propose pas de parcours."));
    }
    String id = RandomIds.code(12);
    return create(draft, id, centreId, memberEmail, name, CODE_DRAWS);
  }

  private Future<Campaign> create(NewCampaign draft, String id, String centreId,
      String memberEmail, String name, int drawsLeft) {
    Campaign campaign = new Campaign(id, centreId, CampaignCode.generate(), name,
        draft.objective(), draft.parcoursId(), blankAsNull(draft.title()),
        blankAsNull(draft.landingText()), draft.multipleSendings(), clock.instant(), memberEmail);
    return campaigns.create(campaign).compose(created -> {
      if (created) {
        return Future.succeededFuture(campaign);
      }
      return drawsLeft > 1 ? create(draft, id, centreId, memberEmail, name, drawsLeft - 1)
          : Future.failedFuture(new IllegalStateException("No free campaign code"));
    });
  }

  /** The centre's campaigns, oldest first. */
  public Future<List<Campaign>> ofCentre(String centreId) {
    return campaigns.ofCentre(centreId);
  }

  /** A campaign of the centre; another centre's is refused as if it did not exist for it. */
  public Future<Campaign> ofCentre(String centreId, String campaignId) {
    return campaigns.find(campaignId).map(found -> {
      Campaign campaign = found.orElseThrow(CampaignService::notFound);
      if (!campaign.centreId().equals(centreId)) {
        throw DomainException.forbidden("FORBIDDEN_SCOPE",
            "Cette campagne appartient à un autre établissement.");
      }
      return campaign;
    });
  }

  /** The campaign of a code as a pupil typed it. */
  public Future<Campaign> byCode(String typed) {
    return campaigns.findByCode(CampaignCode.normalise(typed))
        .map(found -> found.orElseThrow(() -> DomainException.notFound("CAMPAIGN_NOT_FOUND",
            "Ce code ne correspond à aucune campagne : vérifiez-le auprès de votre enseignant"
                + " ou enseignante.")));
  }

  /** Any campaign by id, for the pupil's own participations. */
  public Future<Campaign> campaign(String campaignId) {
    return campaigns.find(campaignId).map(found -> found.orElseThrow(CampaignService::notFound));
  }

  private static DomainException notFound() {
    return DomainException.notFound("CAMPAIGN_NOT_FOUND", "Cette campagne n'existe pas.");
  }

  private static String blankAsNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}

package org.certamen.server.campaigns.domain;

import java.util.List;
import java.util.Map;
import org.certamen.engine.bank.ItemBank;
import org.certamen.engine.positioning.Parcours;

import org.certamen.engine.positioning.PositioningAnswer;
import org.certamen.engine.positioning.PositioningDesign;
import org.certamen.engine.positioning.PositioningRun;
import org.certamen.engine.positioning.PupilProfiles;

/**
 * The engine's positioning on the server's bank: rebuilds an assessment's run from what a
 * participation stored, and computes a pupil's profile from their answers.
 */
public record Positioning(ItemBank bank, OfferedParcours catalogue, PositioningDesign design) {
  public Parcours parcours(Campaign campaign) {
    return catalogue.byId(campaign.parcoursId()).orElseThrow(() -> new IllegalStateException(
        "Campaign " + campaign.id() + " names a parcours the catalogue lost: "
            + campaign.parcoursId()));
  }

  /** The participation's current run: the first one, or a replay on the earlier runs. */
  public PositioningRun run(Campaign campaign, Participation participation) {
    Parcours parcours = parcours(campaign);
    return participation.earlierAnswers().isEmpty()
        ? PositioningRun.replay(bank, parcours, design, participation.seed(),
            participation.answers())
        : PositioningRun.retry(bank, parcours, design, participation.seed(),
            participation.earlierAnswers(), participation.answers());
  }

  /**
   * The first state of a replay: it keeps what was validated and asks again only the questions
   * whose latest answer was wrong or skipped.
   */
  public PositioningRun replay(Campaign campaign, Participation participation) {
    return PositioningRun.retry(bank, parcours(campaign), design, participation.seed(),
        participation.everyAnswer());
  }

  /** Pix per competence, all 16, from every answer the pupil gave in any campaign. */
  public Map<String, Integer> profile(List<PositioningAnswer> everyAnswer) {
    return PupilProfiles.compute(bank, everyAnswer);
  }
}

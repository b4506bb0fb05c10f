package org.certamen.server.campaigns.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.certamen.engine.positioning.Parcours;
import org.certamen.engine.scoring.Certifiability;
import org.certamen.server.campaigns.domain.Campaign;
import org.certamen.server.campaigns.domain.CampaignAnalysis;
import org.certamen.server.campaigns.domain.CampaignObjective;
import org.certamen.server.campaigns.domain.Participant;
import org.certamen.server.campaigns.domain.Participation;
import org.certamen.server.campaigns.domain.ParticipationStatus;
import org.certamen.server.campaigns.domain.Sending;
import org.certamen.server.campaigns.domain.SubjectSnapshot;
import org.certamen.server.shared.RecordJson;

/** The campaigns' JSON: records by {@link RecordJson}, views and derived fields here. */
final class CampaignJsons {
  private CampaignJsons() {
  }

  static JsonObject parcours(Parcours parcours) {
    return RecordJson.toJson(parcours);
  }

  /** What a pupil sees of a campaign: no creator, no school id. */
  private record PupilCampaign(String id, String name, String title, String landingText,
      CampaignObjective objective, boolean multipleSendings, String parcoursName) {
  }

  static JsonObject campaignForPupil(Campaign campaign, String parcoursName) {
    return RecordJson.toJson(new PupilCampaign(campaign.id(), campaign.name(), campaign.title(),
        campaign.landingText(), campaign.objective(), campaign.multipleSendings(), parcoursName));
  }

  static String statusLabel(ParticipationStatus status) {
    return switch (status) {
      case STARTED -> "En cours";
      case TO_SHARE -> "En attente d'envoi";
      case SHARED -> "Résultats reçus";
    };
  }

  static String tierLabel(int tier) {
    return switch (tier) {
      case 1 -> "maîtrise insuffisante";
      case 2 -> "maîtrise fragile";
      case 3 -> "maîtrise satisfaisante";
      default -> "très bonne maîtrise";
    };
  }

  static JsonObject profile(Map<String, Integer> pixByCompetence) {
    JsonObject competences = new JsonObject();
    pixByCompetence.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> competences.put(e.getKey(), new JsonObject().put("pix", e.getValue())
            .put("level", Certifiability.level(e.getValue()))));
    return new JsonObject()
        .put("competences", competences)
        .put("totalPix", pixByCompetence.values().stream().mapToInt(Integer::intValue).sum())
        .put("certifiable", Certifiability.isCertifiable(pixByCompetence));
  }

  static JsonArray subjects(List<SubjectSnapshot> subjects) {
    JsonArray array = new JsonArray();
    subjects.forEach(s -> array.add(RecordJson.toJson(s).put("masteryRate", s.masteryRate())));
    return array;
  }

  /** A sending as teachers and the pupil read it. */
  static JsonObject sending(Sending sending) {
    JsonObject json = new JsonObject()
        .put("sentAt", sending.sentAt().toString())
        .put("totalPix", sending.totalPix())
        .put("certifiable", Certifiability.isCertifiable(sending.pixByCompetence()));
    if (sending.masteryRate() != null) {
      json.put("masteryRate", sending.masteryRate())
          .put("tier", Sending.tier(sending.masteryRate()))
          .put("tierLabel", tierLabel(Sending.tier(sending.masteryRate())))
          .put("subjects", subjects(sending.subjects()));
    }
    return json;
  }

  /** One line of a campaign's activity. */
  static JsonObject participant(Participant participant) {
    Participation p = participant.participation();
    return new JsonObject()
        .put("participationId", p.id())
        .put("pupilId", participant.pupil().id())
        .put("lastName", participant.pupil().lastName())
        .put("firstName", participant.pupil().firstName())
        .put("division", participant.pupil().division())
        .put("status", p.status().name())
        .put("statusLabel", statusLabel(p.status()))
        .put("joinedAt", p.joinedAt().toString())
        .put("sentAt", p.latestSending().map(s -> s.sentAt().toString()).orElse(null))
        .put("sendings", p.sendings().size());
  }

  /** A participant's detail: every sending, the latest last. */
  static JsonObject participantDetail(Participant participant) {
    JsonArray sendings = new JsonArray();
    participant.participation().sendings().forEach(s -> sendings.add(sending(s)));
    return participant(participant)
        .put("answered", participant.participation().everyAnswer().size())
        .put("sendingHistory", sendings);
  }

  static JsonObject analysis(CampaignAnalysis analysis, Map<String, String> competenceNames) {
    JsonArray subjects = new JsonArray();
    analysis.subjects().forEach(m -> subjects.add(new JsonObject()
        .put("tube", m.tube())
        .put("competence", m.competence())
        .put("competenceName", competenceNames.get(m.competence()))
        .put("targetLevel", m.targetLevel())
        .put("masteryRate", m.masteryRate())
        .put("averageReachedLevel", m.averageReachedLevel())));
    JsonArray competences = new JsonArray();
    analysis.competences().forEach(m -> competences.add(new JsonObject()
        .put("competence", m.competence())
        .put("name", competenceNames.get(m.competence()))
        .put("masteryRate", m.masteryRate())));
    return new JsonObject()
        .put("participants", analysis.participants())
        .put("subjects", subjects)
        .put("competences", competences);
  }
}

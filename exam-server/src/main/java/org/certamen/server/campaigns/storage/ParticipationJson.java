package org.certamen.server.campaigns.storage;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.certamen.engine.Outcome;
import org.certamen.engine.positioning.PositioningAnswer;
import org.certamen.server.campaigns.domain.Participation;
import org.certamen.server.campaigns.domain.ParticipationStatus;
import org.certamen.server.campaigns.domain.Sending;
import org.certamen.server.campaigns.domain.SubjectSnapshot;

/** How a participation is written in Redis; answers as {@code [itemId, outcome]} pairs. */
final class ParticipationJson {
  private ParticipationJson() {
  }

  static String encode(Participation p) {
    JsonArray sendings = new JsonArray();
    for (Sending sending : p.sendings()) {
      JsonArray subjects = new JsonArray();
      sending.subjects().forEach(s -> subjects.add(new JsonArray().add(s.tube())
          .add(s.competence()).add(s.targetLevel()).add(s.reachedLevel())
          .add(s.validatedSkills()).add(s.targetSkills())));
      sendings.add(new JsonObject()
          .put("sentAt", sending.sentAt().toString())
          .put("pix", new JsonObject(new LinkedHashMap<>(sending.pixByCompetence())))
          .put("masteryRate", sending.masteryRate())
          .put("subjects", subjects));
    }
    return new JsonObject()
        .put("id", p.id())
        .put("campaignId", p.campaignId())
        .put("centreId", p.centreId())
        .put("pupilId", p.pupilId())
        .put("status", p.status().name())
        .put("joinedAt", p.joinedAt().toString())
        .put("seed", p.seed())
        .put("earlierAnswers", answers(p.earlierAnswers()))
        .put("answers", answers(p.answers()))
        .put("sendings", sendings)
        .put("version", p.version())
        .encode();
  }

  static Participation decode(String text) {
    JsonObject json = new JsonObject(text);
    List<Sending> sendings = new ArrayList<>();
    for (Object element : json.getJsonArray("sendings")) {
      JsonObject sending = (JsonObject) element;
      Map<String, Integer> pix = new LinkedHashMap<>();
      sending.getJsonObject("pix").forEach(e -> pix.put(e.getKey(), ((Number) e.getValue()).intValue()));
      List<SubjectSnapshot> subjects = new ArrayList<>();
      for (Object s : sending.getJsonArray("subjects")) {
        JsonArray subject = (JsonArray) s;
        subjects.add(new SubjectSnapshot(subject.getString(0), subject.getString(1),
            subject.getInteger(2), subject.getInteger(3), subject.getInteger(4),
            subject.getInteger(5)));
      }
      sendings.add(new Sending(Instant.parse(sending.getString("sentAt")), pix,
          sending.getDouble("masteryRate"), subjects));
    }
    return new Participation(json.getString("id"), json.getString("campaignId"),
        json.getString("centreId"), json.getString("pupilId"),
        ParticipationStatus.valueOf(json.getString("status")),
        Instant.parse(json.getString("joinedAt")), json.getLong("seed"),
        answers(json.getJsonArray("earlierAnswers")),
        answers(json.getJsonArray("answers")), sendings, json.getLong("version"));
  }

  private static JsonArray answers(List<PositioningAnswer> answers) {
    JsonArray array = new JsonArray();
    answers.forEach(a -> array.add(new JsonArray().add(a.itemId()).add(a.outcome().name())));
    return array;
  }

  private static List<PositioningAnswer> answers(JsonArray array) {
    List<PositioningAnswer> answers = new ArrayList<>();
    for (Object element : array) {
      JsonArray pair = (JsonArray) element;
      answers.add(new PositioningAnswer(pair.getString(0), Outcome.valueOf(pair.getString(1))));
    }
    return answers;
  }
}

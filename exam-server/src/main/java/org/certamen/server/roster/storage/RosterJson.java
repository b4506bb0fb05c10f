package org.certamen.server.roster.storage;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.certamen.server.roster.domain.Pupil;
import org.certamen.server.roster.domain.PupilProfile;
import org.certamen.server.roster.domain.RosterImportSummary;
import org.certamen.server.roster.json.PupilJson;
import org.certamen.server.shared.RecordJson;

/** How the Redis store writes a roster's records. */
final class RosterJson {
  private RosterJson() {
  }

  static String encode(Pupil pupil) {
    return PupilJson.pupil(pupil).put("centreId", pupil.centreId()).encode();
  }

  static Pupil decodePupil(String text, PupilProfile profile) {
    JsonObject json = new JsonObject(text);
    String deactivatedAt = json.getString("deactivatedAt");
    return new Pupil(json.getString("id"), json.getString("centreId"), json.getString("ine"),
        json.getString("lastName"), json.getString("firstName"),
        LocalDate.parse(json.getString("birthdate")), json.getString("division"),
        json.getBoolean("active"), deactivatedAt == null ? null : Instant.parse(deactivatedAt),
        profile);
  }

  /** With {@code sharedAtMillis}, which the save script compares. */
  static String encode(PupilProfile profile) {
    return new JsonObject()
        .put("pix", new JsonObject(Map.copyOf(profile.pixByCompetence())))
        .put("sharedAt", profile.sharedAt().toString())
        .put("sharedAtMillis", profile.sharedAt().toEpochMilli())
        .put("source", profile.source())
        .encode();
  }

  static PupilProfile decodeProfile(String text) {
    if (text == null) {
      return null;
    }
    JsonObject json = new JsonObject(text);
    Map<String, Integer> pix = new HashMap<>();
    json.getJsonObject("pix").forEach(e -> pix.put(e.getKey(), ((Number) e.getValue()).intValue()));
    return new PupilProfile(pix, Instant.parse(json.getString("sharedAt")), json.getString("source"));
  }

  static String encode(RosterImportSummary summary) {
    return RecordJson.encode(summary);
  }

  static RosterImportSummary decodeSummary(String text) {
    return RecordJson.decode(text, RosterImportSummary.class);
  }
}

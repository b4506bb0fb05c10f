package org.certamen.server.campaigns.storage;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import org.certamen.server.campaigns.domain.Campaign;
import org.certamen.server.campaigns.domain.CampaignObjective;
import org.certamen.server.campaigns.domain.PupilAccount;
import org.certamen.server.campaigns.domain.PupilLogin;
import org.certamen.server.campaigns.json.CampaignJson;

/** How campaigns, pupil accounts and pupil tokens are written in Redis. */
final class CampaignRecordJson {
  private CampaignRecordJson() {
  }

  static String encode(Campaign campaign) {
    return CampaignJson.campaign(campaign).encode();
  }

  static Campaign campaign(String text) {
    JsonObject json = new JsonObject(text);
    return new Campaign(json.getString("id"), json.getString("centreId"), json.getString("code"),
        json.getString("name"), CampaignObjective.valueOf(json.getString("objective")),
        json.getString("parcoursId"), json.getString("title"), json.getString("landingText"),
        json.getBoolean("multipleSendings"), Instant.parse(json.getString("createdAt")),
        json.getString("createdBy"));
  }

  static String encode(PupilAccount account) {
    return new JsonObject()
        .put("identifier", account.identifier())
        .put("centreId", account.centreId())
        .put("pupilId", account.pupilId())
        .put("passwordHash", account.passwordHash())
        .put("oneTimePassword", account.oneTimePassword())
        .put("createdAt", account.createdAt().toString())
        .encode();
  }

  static PupilAccount account(String text) {
    JsonObject json = new JsonObject(text);
    return new PupilAccount(json.getString("identifier"), json.getString("centreId"),
        json.getString("pupilId"), json.getString("passwordHash"),
        json.getBoolean("oneTimePassword"), Instant.parse(json.getString("createdAt")));
  }

  static String encode(PupilLogin login) {
    return new JsonObject().put("identifier", login.identifier())
        .put("expiresAt", login.expiresAt().toString()).encode();
  }

  static PupilLogin login(String value, String text) {
    JsonObject json = new JsonObject(text);
    return new PupilLogin(value, json.getString("identifier"),
        Instant.parse(json.getString("expiresAt")));
  }
}

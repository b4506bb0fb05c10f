package org.certamen.server.campaigns.storage;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import org.certamen.server.campaigns.domain.Campaign;
import org.certamen.server.campaigns.domain.PupilAccount;
import org.certamen.server.campaigns.domain.PupilLogin;
import org.certamen.server.shared.RecordJson;

/** How campaigns, pupil accounts and pupil tokens are written in Redis. */
final class CampaignRecordJson {
  private CampaignRecordJson() {
  }

  static String encode(Campaign campaign) {
    return RecordJson.encode(campaign);
  }

  static Campaign campaign(String text) {
    return RecordJson.decode(text, Campaign.class);
  }

  static String encode(PupilAccount account) {
    return RecordJson.encode(account);
  }

  static PupilAccount account(String text) {
    return RecordJson.decode(text, PupilAccount.class);
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

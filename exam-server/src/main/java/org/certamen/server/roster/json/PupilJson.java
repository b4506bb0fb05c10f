package org.certamen.server.roster.json;

import io.vertx.core.json.JsonObject;
import org.certamen.server.roster.domain.Pupil;
import org.certamen.server.roster.domain.RosterImportSummary;

/**
 * The one JSON shape of a pupil and of a roster's last import: the API sends it to the school and
 * the Redis repository stores it, each adding its own fields.
 */
public final class PupilJson {
  private PupilJson() {
  }

  /** A pupil's identity and state (not their profile, which is stored apart). */
  public static JsonObject pupil(Pupil pupil) {
    return new JsonObject()
        .put("id", pupil.id())
        .put("ine", pupil.ine())
        .put("lastName", pupil.lastName())
        .put("firstName", pupil.firstName())
        .put("birthdate", pupil.birthdate().toString())
        .put("division", pupil.division())
        .put("active", pupil.active())
        .put("deactivatedAt", pupil.deactivatedAt() == null ? null
            : pupil.deactivatedAt().toString());
  }

  public static JsonObject importSummary(RosterImportSummary summary) {
    return new JsonObject()
        .put("importedAt", summary.importedAt().toString())
        .put("format", summary.format())
        .put("imported", summary.imported())
        .put("added", summary.added())
        .put("updated", summary.updated())
        .put("reactivated", summary.reactivated())
        .put("deactivated", summary.deactivated())
        .put("rejected", summary.rejected());
  }
}

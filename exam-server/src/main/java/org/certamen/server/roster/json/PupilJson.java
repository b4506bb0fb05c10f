package org.certamen.server.roster.json;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import org.certamen.server.roster.domain.Pupil;
import org.certamen.server.shared.RecordJson;

/**
 * The one JSON shape of a pupil: the API sends it to the school and the Redis repository stores
 * it, each adding its own fields.
 */
public final class PupilJson {
  private PupilJson() {
  }

  /** A pupil's identity and state: not their school (the API's caller knows it), nor their profile. */
  private record Identity(String id, String ine, String lastName, String firstName,
      LocalDate birthdate, String division, boolean active, Instant deactivatedAt) {
  }

  /** A pupil's identity and state (not their profile, which is stored apart). */
  public static JsonObject pupil(Pupil pupil) {
    return RecordJson.toJson(new Identity(pupil.id(), pupil.ine(), pupil.lastName(),
        pupil.firstName(), pupil.birthdate(), pupil.division(), pupil.active(),
        pupil.deactivatedAt()));
  }
}

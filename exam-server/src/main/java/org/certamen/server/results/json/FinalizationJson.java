package org.certamen.server.results.json;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.certamen.server.results.domain.AbortReason;
import org.certamen.server.results.domain.Finalization;
import org.certamen.server.results.domain.Incident;
import org.certamen.server.shared.RecordJson;

/**
 * The one JSON shape of a finalisation's report: the API sends it (with the publication) and the
 * repositories store it.
 */
public final class FinalizationJson {
  private FinalizationJson() {
  }

  /** A finalisation without its publication, its reasons written as the caller names them. */
  private record Report(String sessionId, Instant finalizedAt, String finalizedBy, String comment,
      boolean hasIncident, boolean hasJoiningIssue, List<Incident> incidents,
      Map<String, String> abortReasons) {
  }

  /**
   * @param reasonName how a reason is written: the API's lower-case name, or the stored constant
   */
  public static JsonObject report(Finalization finalization,
      Function<AbortReason, String> reasonName) {
    Map<String, String> reasons = new LinkedHashMap<>();
    finalization.abortReasons().forEach((id, reason) -> reasons.put(id, reasonName.apply(reason)));
    return RecordJson.toJson(new Report(finalization.sessionId(), finalization.finalizedAt(),
        finalization.finalizedBy(), finalization.comment(), finalization.hasIncident(),
        finalization.hasJoiningIssue(), finalization.incidents(), reasons));
  }
}

package org.certamen.server.results.json;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.function.Function;
import org.certamen.server.results.domain.AbortReason;
import org.certamen.server.results.domain.Finalization;

/**
 * The one JSON shape of a finalisation's report: the API sends it (with the publication) and the
 * repositories store it.
 */
public final class FinalizationJson {
  private FinalizationJson() {
  }

  /**
   * @param reasonName how a reason is written: the API's lower-case name, or the stored constant
   */
  public static JsonObject report(Finalization finalization,
      Function<AbortReason, String> reasonName) {
    JsonArray incidents = new JsonArray();
    finalization.incidents().forEach(i -> incidents.add(new JsonObject()
        .put("candidateId", i.candidateId()).put("category", i.category().name())
        .put("questionNumber", i.questionNumber()).put("description", i.description())));
    JsonObject reasons = new JsonObject();
    finalization.abortReasons().forEach((id, reason) -> reasons.put(id, reasonName.apply(reason)));
    return new JsonObject()
        .put("sessionId", finalization.sessionId())
        .put("finalizedAt", finalization.finalizedAt().toString())
        .put("finalizedBy", finalization.finalizedBy())
        .put("comment", finalization.comment())
        .put("hasIncident", finalization.hasIncident())
        .put("hasJoiningIssue", finalization.hasJoiningIssue())
        .put("incidents", incidents)
        .put("abortReasons", reasons);
  }
}

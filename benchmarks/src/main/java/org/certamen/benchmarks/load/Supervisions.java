package org.certamen.benchmarks.load;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the invigilators' supervision views: what the store holds for each candidate. */
final class Supervisions {
  private Supervisions() {
  }

  /** Every candidate's supervision line, by candidate id; fails when a view cannot be read. */
  static Map<String, JsonObject> lines(ApiClient api, List<Room> rooms) {
    Map<String, JsonObject> lines = new HashMap<>();
    for (Room room : rooms) {
      JsonObject view = Await.result(api.get(SimulatedCandidate.SUPERVISION,
          "/api/sessions/" + room.sessionId() + "/supervision", room.invigilatorToken())
          .compose(reply -> reply.ok() && reply.json() != null ? Future.succeededFuture(reply.json())
              : Future.failedFuture(new IllegalStateException("Supervision of " + room.sessionId()
                  + " answered " + reply.status() + " " + reply.code()))));
      view.getJsonArray("candidates").forEach(line -> {
        JsonObject json = (JsonObject) line;
        lines.put(json.getString("candidateId"), json);
      });
    }
    return lines;
  }
}

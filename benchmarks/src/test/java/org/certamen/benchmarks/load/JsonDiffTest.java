package org.certamen.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

class JsonDiffTest {
  @Test
  void findsNoDifferenceBetweenEqualDocuments() {
    JsonObject document = new JsonObject().put("a", new JsonArray().add(1).add(new JsonObject().put("b", "c")));

    assertThat(JsonDiff.differences(document, document.copy())).isEmpty();
  }

  @Test
  void namesThePathOfEachChangedAddedOrRemovedValue() {
    JsonObject before = new JsonObject().put("supervision", new JsonObject()
        .put("candidates", new JsonArray().add(new JsonObject().put("lastSeenAt", (String) null)))
        .put("gone", 1));
    JsonObject after = new JsonObject().put("supervision", new JsonObject()
        .put("candidates", new JsonArray().add(new JsonObject().put("lastSeenAt", "2026-11-28T18:07:26Z")))
        .put("added", true));

    assertThat(JsonDiff.differences(before, after)).containsExactly(
        "/supervision/added: null -> true",
        "/supervision/candidates/0/lastSeenAt: null -> 2026-11-28T18:07:26Z",
        "/supervision/gone: 1 -> null");
  }
}

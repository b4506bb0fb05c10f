package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;

/** Sites the extension blocked reach the supervision line and, when they grow, the event log. */
class BlockedAttemptsIT extends SessionFixture {
  @EveryStore
  void newBlockedAttemptsAreLoggedWithTheirTotal() {
    ExamFlow.Entered candidate = flow.startedCandidate(session, "Lefèvre");
    heartbeat(candidate, 2);
    server.clock.advance(Duration.ofSeconds(5));
    heartbeat(candidate, 2);
    heartbeat(candidate, 5);

    JsonObject line = flow.line(session, candidate);
    assertThat(line.getInteger("blockedAttempts")).isEqualTo(5);
    assertThat(line.getString("extensionVersion")).isEqualTo("1.2.0");
    List<JsonObject> logged = server.get("/api/sessions/" + session.id() + "/candidates/"
            + candidate.candidateId() + "/events", session.invigilatorToken()).json()
        .getJsonArray("events").stream().map(JsonObject.class::cast)
        .filter(event -> event.getString("type").equals("BLOCKED_ATTEMPTS")).toList();
    // The first heartbeat sets the count; only growth after it is news.
    assertThat(logged).extracting(event -> event.getString("detail")).containsExactly("5");
  }

  private void heartbeat(ExamFlow.Entered candidate, int blockedAttempts) {
    TestServer.Reply reply = server.post("/api/me/heartbeat", candidate.token(), new JsonObject()
        .put("extensionVersion", "1.2.0").put("blockingActive", true)
        .put("blockedAttempts", blockedAttempts));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
  }
}

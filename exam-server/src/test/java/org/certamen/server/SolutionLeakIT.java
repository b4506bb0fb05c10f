package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;

/** Scans everything a candidate receives during a whole exam for anything that gives answers away. */
class SolutionLeakIT {
  private static final List<String> FORBIDDEN = List.of(TestBank.SECRET, "solution",
      "difficulty", "discrimination", "skill", "tube", "\"level\"", "competence");

  /** Set by {@link EveryStore} before each run. */
  TestStores.Factory stores;

  private TestServer server;

  @AfterEach
  void stop() {
    server.close();
  }

  @EveryStore
  void noResponseToACandidateCarriesASolutionOrAnItemId() {
    server = new TestServer(stores);
    ExamFlow flow = new ExamFlow(server);
    ExamFlow.Planned session = flow.planSession();
    ExamFlow.Entered candidate = flow.startedCandidate(session, "Lefèvre");
    JsonObject state = flow.exam(candidate);
    // An alert, a stale answer and a duplicate on the way: error bodies are scanned too.
    String first = state.getJsonObject("question").getString("id");
    server.post("/api/me/exam/alerts", candidate.token(),
        new JsonObject().put("kind", "QUESTION").put("questionId", first).put("reason", "illisible"));
    server.post("/api/sessions/" + session.id() + "/candidates/" + candidate.candidateId()
        + "/alerts/1/resolve", session.invigilatorToken(), new JsonObject().put("decision", "dismiss"));
    flow.answer(candidate, "not-the-question", "1");
    state = flow.exam(candidate);
    int questions = 0;
    int neededSites = 0;
    while (state.getString("status").equals("IN_PROGRESS")) {
      JsonObject question = state.getJsonObject("question");
      assertThat(question.fieldNames())
          .isEqualTo(Set.of("id", "type", "instruction", "code", "proposals", "allowedDomains"));
      String id = question.getString("id");
      assertThat(question.getJsonArray("allowedDomains").getList())
          .isEqualTo(TestBank.allowedDomains(id));
      neededSites += TestBank.allowedDomains(id).size();
      state = flow.answer(candidate, id, questions % 3 == 0 ? TestBank.wrongValue(id)
          : TestBank.correctValue(id)).json();
      flow.answer(candidate, id, TestBank.correctValue(id));
      server.post("/api/me/heartbeat", candidate.token(), new JsonObject()
          .put("extensionVersion", "1.0.0").put("blockingActive", true).put("blockedAttempts", 0));
      questions++;
    }
    assertThat(state.getString("status")).isEqualTo("COMPLETED");
    assertThat(questions).isEqualTo(32);
    assertThat(neededSites).as("questions shown that declare a site they need").isPositive();

    List<TestServer.Reply> received = server.replies().stream()
        .filter(reply -> candidate.token().equals(reply.token())
            || reply.path().equals("/api/candidate-sessions"))
        .toList();
    assertThat(received).hasSizeGreaterThan(3 * 32);
    List<String> forbiddenTexts = new ArrayList<>(FORBIDDEN);
    // A bank's item id names the competence and the skill (and in the demo bank, some answers).
    forbiddenTexts.addAll(TestBank.itemIds());
    for (TestServer.Reply reply : received) {
      for (String forbidden : forbiddenTexts) {
        assertThat(reply.body()).as(reply.path()).doesNotContainIgnoringCase(forbidden);
      }
    }
  }
}

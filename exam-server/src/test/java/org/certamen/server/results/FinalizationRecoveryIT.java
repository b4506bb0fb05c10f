package org.certamen.server.results;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.certamen.server.Await;
import org.certamen.server.EveryStore;
import org.certamen.server.ExamFlow;
import org.certamen.server.TestBank;
import org.certamen.server.TestServer;
import org.certamen.server.TestStores;
import org.certamen.server.results.domain.AbortReason;
import org.certamen.server.results.domain.Finalization;
import org.junit.jupiter.api.AfterEach;

/** A server that died between closing a session and scoring it: the scoring is finished later. */
class FinalizationRecoveryIT {
  private static final String STAFF = TestServer.STAFF_TOKEN;

  /** Set by {@link EveryStore} before each run. */
  TestStores.Factory stores;

  private TestServer server;

  @AfterEach
  void stop() {
    server.close();
  }

  @EveryStore
  void staffFinishTheScoringOfASessionClosedJustBeforeACrash() {
    server = new TestServer(stores);
    ExamFlow flow = new ExamFlow(server);
    ExamFlow.Planned session = flow.planSession();
    flow.enrol(session, "Martin", "Léa", "2011-05-01", 0);
    flow.enrol(session, "Petit", "Hugo", "2011-05-02", 0);
    ExamFlow.Entered lea = flow.enter(session, "Martin", "Léa", "2011-05-01");
    flow.authorize(session, lea);
    flow.answerAll(lea, flow.start(session, lea), TestBank::correctValue);
    ExamFlow.Entered hugo = flow.enter(session, "Petit", "Hugo", "2011-05-02");
    flow.authorize(session, hugo);
    JsonObject question = flow.start(session, hugo).getJsonObject("question");
    assertThat(flow.answer(hugo, question.getString("id"), "1").status()).isEqualTo(200);
    // The session is closed, then the server dies before any result is stored.
    Await.result(server.store.results().saveFinalization(new Finalization(session.id(),
        server.clock.instant(), "invigilator", null, true, false, List.of(),
        Map.of(hugo.candidateId(), AbortReason.TECHNICAL), null, null)));
    server = server.restarted();
    flow = new ExamFlow(server);

    assertThat(server.get("/api/finalized-sessions", STAFF).body()).contains(session.id());

    Map<String, JsonObject> results = results(session);
    assertThat(results).containsOnlyKeys(lea.candidateId(), hugo.candidateId());
    assertThat(results.get(lea.candidateId()).getString("status")).isEqualTo("validated");
    assertThat(results.get(hugo.candidateId()).getString("status")).isEqualTo("cancelled");
    assertThat(flow.line(session, hugo).getString("status")).isEqualTo("ENDED_BY_INVIGILATOR");
    assertThat(flow.answer(hugo, question.getString("id"), "2").code())
        .isEqualTo("SESSION_FINALIZED");
    // Reading again scores nothing twice.
    assertThat(results(session)).isEqualTo(results);
    assertThat(new JsonArray(server.get("/api/sessions/" + session.id() + "/candidates/"
        + lea.candidateId() + "/result-versions", STAFF).body())).hasSize(1);
    assertThat(server.post("/api/sessions/" + session.id() + "/publication", STAFF, null).status())
        .isEqualTo(201);
  }

  private Map<String, JsonObject> results(ExamFlow.Planned session) {
    TestServer.Reply reply = server.get("/api/sessions/" + session.id() + "/results", STAFF);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return new JsonArray(reply.body()).stream().map(JsonObject.class::cast)
        .collect(Collectors.toMap(r -> r.getString("candidateId"), r -> r));
  }
}

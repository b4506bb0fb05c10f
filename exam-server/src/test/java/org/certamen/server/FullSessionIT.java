package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;

class FullSessionIT {
  private static final int CANDIDATES = 20;

  /** Set by {@link EveryStore} before each run. */
  TestStores.Factory stores;

  private TestServer server;

  @AfterEach
  void stop() {
    server.close();
  }

  @EveryStore(withCluster = true)
  void twentyCandidatesTakeTheCompleteTestConcurrently() throws Exception {
    server = new TestServer(stores);
    takeTheWholeSession();
  }

  @EveryStore(withCluster = true)
  void serversOnSeveralEventLoopsShareThePortAndTheStore() throws Exception {
    server = new TestServer(stores, ServerConfig.defaults(TestServer.STAFF_TOKEN, "--event-loops", "3"));
    assertThat(server.instances()).hasSize(3)
        .allSatisfy(instance -> assertThat(instance.port()).isEqualTo(server.port()));
    takeTheWholeSession();
  }

  private void takeTheWholeSession() throws Exception {
    ExamFlow flow = new ExamFlow(server);
    ExamFlow.Planned session = flow.planSession();
    List<String> lastNames = new ArrayList<>();
    for (int i = 0; i < CANDIDATES; i++) {
      lastNames.add("Candidat" + (char) ('A' + i));
      flow.enrol(session, lastNames.get(i), "Élève", "2011-05-0" + (1 + i % 9), i % 3 == 0 ? 30 : 0);
    }
    ExecutorService pool = Executors.newFixedThreadPool(CANDIDATES);
    List<Future<JsonObject>> exams = new ArrayList<>();
    for (int i = 0; i < CANDIDATES; i++) {
      String lastName = lastNames.get(i);
      String birthdate = "2011-05-0" + (1 + i % 9);
      boolean good = i % 2 == 0;
      exams.add(pool.submit(() -> {
        // Lenient matching: other case, no accent.
        ExamFlow.Entered candidate = flow.enter(session, lastName.toUpperCase(), "eleve", birthdate);
        flow.authorize(session, candidate);
        JsonObject first = flow.start(session, candidate);
        return flow.answerAll(candidate, first, id -> good ? TestBank.correctValue(id)
            : TestBank.wrongValue(id));
      }));
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
    for (Future<JsonObject> exam : exams) {
      JsonObject last = exam.get();
      assertThat(last.getString("status")).isEqualTo("COMPLETED");
      assertThat(last.getInteger("questionIndex")).isEqualTo(32);
      assertThat(last.getValue("question")).isNull();
    }
    JsonObject view = flow.supervision(session);
    assertThat(view.getJsonObject("counts").getInteger("COMPLETED")).isEqualTo(CANDIDATES);
    assertThat(view.getJsonArray("candidates")).allSatisfy(line ->
        assertThat(((JsonObject) line).getInteger("answered")).isEqualTo(32));
  }
}

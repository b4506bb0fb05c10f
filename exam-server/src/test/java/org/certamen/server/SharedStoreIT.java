package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;

/** Several servers on one store serve the same session; a restarted server carries on. */
class SharedStoreIT {
  /** Set by {@link EveryStore} before each run. */
  TestStores.Factory stores;

  private TestServer first;
  private TestServer second;

  @AfterEach
  void stop() {
    if (second != null) {
      second.close();
    }
    first.close();
  }

  @EveryStore
  void twoServersRecordEachAnswerOnceWhenBothReceiveIt() {
    first = new TestServer(stores);
    second = first.anotherServer();
    ExamFlow one = new ExamFlow(first);
    ExamFlow two = new ExamFlow(second);
    ExamFlow.Planned session = one.planSession();
    ExamFlow.Entered candidate = one.startedCandidate(session, "Lefèvre");
    JsonObject state = two.exam(candidate);
    while (state.getString("status").equals("IN_PROGRESS")) {
      String id = state.getJsonObject("question").getString("id");
      Object value = TestBank.correctValue(id);
      // The same answer reaches both servers at once, as a retry after a cut network would.
      List<TestServer.Reply> replies = List.of(
          CompletableFuture.supplyAsync(() -> one.answer(candidate, id, value)),
          CompletableFuture.supplyAsync(() -> two.answer(candidate, id, value))).stream()
          .map(CompletableFuture::join).toList();
      assertThat(replies).allSatisfy(reply -> assertThat(reply.status()).as(reply.body()).isEqualTo(200));
      assertThat(replies.get(0).json()).isEqualTo(replies.get(1).json());
      state = replies.get(0).json();
    }
    assertThat(state.getString("status")).isEqualTo("COMPLETED");
    assertThat(two.line(session, candidate).getInteger("answered")).isEqualTo(32);
  }

  @EveryStore
  void aRestartedServerContinuesTheExamWhereItWas() {
    first = new TestServer(stores);
    ExamFlow flow = new ExamFlow(first);
    ExamFlow.Planned session = flow.planSession();
    ExamFlow.Entered candidate = flow.startedCandidate(session, "Lefèvre");
    String id = flow.exam(candidate).getJsonObject("question").getString("id");
    JsonObject answered = flow.answer(candidate, id, TestBank.correctValue(id)).json();

    first = first.restarted();
    ExamFlow restarted = new ExamFlow(first);
    assertThat(restarted.exam(candidate)).isEqualTo(answered);
    assertThat(restarted.line(session, candidate).getInteger("answered")).isEqualTo(1);
  }
}

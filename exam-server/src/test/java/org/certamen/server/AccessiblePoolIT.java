package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.certamen.engine.TestState;
import org.certamen.server.exam.domain.Exam;
import org.certamen.server.exam.domain.GivenAnswer;

/**
 * A candidate enrolled with {@code needsAccessibility} is served only accessible items, for a whole
 * exam and for a replacement. The items served are read from the store, as question ids are not
 * item ids for the candidate.
 */
class AccessiblePoolIT extends SessionFixture {
  @EveryStore
  void servesAWholeExamOfAccessibleItemsOnlyToACandidateWhoNeedsArrangements() {
    ExamFlow.Entered candidate = started("Bernard", true);
    // The first question neutralised: its replacement is accessible too.
    flow.neutraliseQuestionOnScreen(session, candidate);

    JsonObject last = flow.skipAll(candidate);

    assertThat(last.getString("status")).isEqualTo("COMPLETED");
    Exam exam = storedExam(candidate);
    List<String> served = TestState.decode(exam.testState()).responses().stream()
        .map(TestState.Response::itemId).toList();
    assertThat(served).hasSize(33);
    assertThat(served).allSatisfy(id -> assertThat(TestBank.isAccessible(id)).as(id).isTrue());
    assertThat(exam.answers()).hasSize(32)
        .allSatisfy(answer -> assertThat(TestBank.isAccessible(answer.itemId())).isTrue());
  }

  @EveryStore
  void servesTheWholeBankToACandidateWithoutArrangements() {
    // Without the flag the best items are chosen among all: over a few candidates some are not accessible.
    boolean anyNotAccessible = false;
    for (String name : List.of("Roux", "Blanc", "Faure")) {
      ExamFlow.Entered candidate = started(name, false);
      flow.skipAll(candidate);
      anyNotAccessible |= storedExam(candidate).answers().stream().map(GivenAnswer::itemId)
          .anyMatch(id -> !TestBank.isAccessible(id));
    }

    assertThat(anyNotAccessible).isTrue();
  }

  private ExamFlow.Entered started(String lastName, boolean needsAccessibility) {
    TestServer.Reply enrolled = server.post("/api/sessions/" + session.id() + "/candidates",
        TestServer.STAFF_TOKEN, new JsonObject().put("lastName", lastName).put("firstName", "Inès")
            .put("birthdate", "2012-05-06").put("division", "3e A").put("externalId", "INE-" + lastName)
            .put("extraTimePercentage", 33).put("needsAccessibility", needsAccessibility));
    assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
    ExamFlow.Entered candidate = flow.enter(session, lastName, "Inès", "2012-05-06");
    flow.authorize(session, candidate);
    flow.start(session, candidate);
    return candidate;
  }

  private Exam storedExam(ExamFlow.Entered candidate) {
    return Await.result(server.store.exams().find(session.id(), candidate.candidateId()))
        .orElseThrow();
  }
}

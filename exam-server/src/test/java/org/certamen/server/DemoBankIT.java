package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import org.certamen.engine.TestDesign;
import org.certamen.engine.bank.BankReader;
import org.junit.jupiter.api.Test;

/** The server as {@code --demo} runs it: the demo bank and both designs. */
class DemoBankIT {

  @Test
  void aCandidateCompletesTheTestOnTheDemoBankWithEitherDesign() {
    for (String name : TestDesign.NAMES) {
      TestDesign design = TestDesign.named(name, BankReader.demoBank());
      try (TestServer server = new TestServer(TestStores.all().get(0),
          ServerConfig.defaults(TestServer.STAFF_TOKEN), design)) {
        ExamFlow flow = new ExamFlow(server);
        ExamFlow.Planned session = flow.planSession();
        ExamFlow.Entered candidate = flow.startedCandidate(session, "Lefèvre");
        JsonObject last = flow.answerAll(candidate, flow.exam(candidate), id -> "1");
        assertThat(last.getString("status")).as(name).isEqualTo("COMPLETED");
        assertThat(flow.line(session, candidate).getInteger("answered")).isEqualTo(32);
      }
    }
  }
}

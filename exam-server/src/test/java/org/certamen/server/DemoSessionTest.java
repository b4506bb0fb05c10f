package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.certamen.server.enrolment.domain.Candidate;
import org.certamen.server.enrolment.domain.EnrolmentService;
import org.certamen.server.storage.InMemoryStore;
import org.junit.jupiter.api.Test;

class DemoSessionTest {

  @Test
  void plansASessionTodayWithTwentyCandidatesAndSaysHowToUseIt() {
    InMemoryStore store = new InMemoryStore(new TestClock());
    EnrolmentService enrolment = new EnrolmentService(store.sessions(), store.candidates());
    LocalDate today = LocalDate.of(2026, 11, 28);
    DemoSession demo = Await.result(DemoSession.create(enrolment, today));

    assertThat(demo.planned().session().date()).isEqualTo(today);
    assertThat(Await.result(store.candidates().listBySession(demo.planned().session().id())))
        .hasSize(20).containsExactlyElementsOf(demo.candidates());
    String text = demo.describe("http://localhost:8080");
    assertThat(text).contains("http://localhost:8080/exam/", "http://localhost:8080/invigilator/",
        "Numéro de session / Session number", demo.planned().session().id(),
        demo.planned().session().accessCode(), demo.planned().invigilatorPassword());
    for (Candidate candidate : demo.candidates()) {
      assertThat(text).contains(candidate.lastName(), candidate.firstName(),
          candidate.birthdate().toString());
    }
  }

  @Test
  void aDemoCandidateCanEnterTheServerStartedWithDemo() {
    try (TestServer server = new TestServer(TestStores.all().get(0),
        ServerConfig.defaults(TestServer.STAFF_TOKEN).withDemo(true))) {
      DemoSession demo = server.verticle().demo();
      Candidate first = demo.candidates().get(0);
      TestServer.Reply entered = server.post("/api/candidate-sessions", null,
          new io.vertx.core.json.JsonObject().put("sessionId", demo.planned().session().id())
              .put("lastName", first.lastName()).put("firstName", first.firstName())
              .put("birthdate", first.birthdate().toString()));
      assertThat(entered.status()).isEqualTo(201);
      TestServer.Reply page = server.get("/exam/", null);
      assertThat(page.status()).as(page.body()).isEqualTo(200);
      assertThat(page.body()).contains("Certamen");
      assertThat(server.get("/invigilator/", null).body()).contains("Certamen");
    }
  }
}

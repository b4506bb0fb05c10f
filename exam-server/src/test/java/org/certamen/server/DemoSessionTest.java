package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.certamen.server.centre.domain.CentreService;
import org.certamen.server.mail.InvitationMailer;
import org.certamen.server.limits.domain.RateLimiter;
import org.certamen.server.planning.domain.Candidate;
import org.certamen.server.planning.domain.EnrolmentService;
import org.certamen.server.planning.domain.EnteredCandidates;
import org.certamen.server.results.domain.FinalizedSessions;
import org.certamen.server.roster.domain.Certifiability;
import org.certamen.server.roster.domain.ProfileImports;
import org.certamen.server.roster.domain.Pupil;
import org.certamen.server.roster.domain.RosterEnrolment;
import org.certamen.server.roster.domain.RosterImports;
import org.certamen.server.roster.domain.RosterService;
import org.certamen.server.shared.PasswordHasher;
import org.certamen.server.staff.domain.CommonPasswords;
import org.certamen.server.staff.domain.StaffService;
import org.certamen.server.storage.InMemoryStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DemoSessionTest {

  private final Vertx vertx = Vertx.vertx();

  @AfterEach
  void closeVertx() {
    Await.result(vertx.close());
  }

  @Test
  void plansASessionTodayWithTwentyCandidatesAndSaysHowToUseIt() {
    TestClock clock = new TestClock();
    InMemoryStore store = new InMemoryStore(clock);
    EnrolmentService enrolment = new EnrolmentService(store.sessions(), store.candidates(),
        EnteredCandidates.none(), new FinalizedSessions(store.results()), clock, ZoneOffset.UTC);
    CentreService centres = new CentreService(store.centres(), enrolment,
        new RateLimiter(store.attempts()), PasswordHasher.create(vertx), InvitationMailer.none(),
        clock);
    LocalDate today = LocalDate.of(2026, 11, 28);
    StaffService staff = new StaffService(store.staff(), new RateLimiter(store.attempts()),
        PasswordHasher.create(vertx), CommonPasswords.load(), InvitationMailer.none(), clock);
    RosterService roster = new RosterService(store.pupils());
    DemoSession.Roster demoRoster = new DemoSession.Roster(
        new RosterImports(store.pupils(), centreId -> Future.succeededFuture(Optional.empty()), clock),
        new ProfileImports(roster, clock), roster, new RosterEnrolment(roster,
            store.rosterEnrolments(), enrolment, centres, new FinalizedSessions(store.results())));
    DemoSession demo = Await.result(DemoSession.create(centres, staff, enrolment, demoRoster, today));

    assertThat(demo.planned().session().date()).isEqualTo(today);
    assertThat(Await.result(store.candidates().listBySession(demo.planned().session().id())))
        .hasSize(20).containsExactlyElementsOf(demo.candidates());
    String text = demo.describe("http://localhost:8080");
    assertThat(text).contains("http://localhost:8080/exam/", "http://localhost:8080/invigilator/",
        "Numéro de session / Session number", demo.planned().session().id(),
        demo.planned().session().accessCode(), demo.planned().invigilatorPassword(),
        DemoSession.ADMINISTRATOR, demo.administratorPassword(), "http://localhost:8080/staff/",
        DemoSession.STAFF_ADMIN, demo.staffPassword());
    assertThat(text).contains("http://localhost:8080/exam/verification/",
        "Robert     Emma      2011-05-07  (tiers-temps : 33 % de temps en plus")
        .contains("Vincent    Lina      2011-07-21  (non certifiable", "Fournier   Noé       2011-08-22  (profil non communiqué")
        .doesNotContain("30 %");
    List<Pupil> pupils = Await.result(roster.pupils(centres.plannedSession(
        demo.planned().session().id()).result().orElseThrow().centreId()));
    assertThat(pupils.stream().map(p -> p.certifiability().status()))
        .filteredOn(status -> status == Certifiability.Status.CERTIFIABLE).hasSize(18);
    for (Candidate candidate : demo.candidates()) {
      assertThat(text).contains(candidate.lastName(), candidate.firstName(),
          candidate.birthdate().toString());
    }
  }

  @Test
  void aDemoCandidateCanEnterTheServerStartedWithDemo() {
    try (TestServer server = new TestServer(TestStores.all().get(0),
        ServerConfig.defaults(TestServer.STAFF_TOKEN, "--demo"))) {
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
      TestServer.Reply login = server.post("/api/centre-sessions", null, new io.vertx.core.json.JsonObject()
          .put("email", DemoSession.ADMINISTRATOR).put("password", demo.administratorPassword()));
      assertThat(login.status()).as(login.body()).isEqualTo(201);
      TestServer.Reply sessions = server.get("/api/centres/" + login.json().getString("centreId")
          + "/sessions", login.json().getString("token"));
      assertThat(sessions.body()).contains(demo.planned().session().id());
      TestServer.Reply staffLogin = server.post("/api/staff-sessions", null,
          new io.vertx.core.json.JsonObject().put("email", DemoSession.STAFF_ADMIN)
              .put("password", demo.staffPassword()));
      assertThat(staffLogin.status()).as(staffLogin.body()).isEqualTo(201);
      assertThat(staffLogin.json().getString("role")).isEqualTo("admin");
    }
  }

  @Test
  void aRestartOnAStoreThatHoldsTheDemoSchoolTakesItOver() {
    TestServer first = new TestServer(TestStores.all().get(1),
        ServerConfig.defaults(TestServer.STAFF_TOKEN, "--demo"));
    DemoSession before = first.verticle().demo();
    String centreId = centreOf(first, before);
    try (TestServer second = first.restarted()) {
      DemoSession after = second.verticle().demo();
      assertThat(after).as("the demo of the restarted server").isNotNull();
      assertThat(centreOf(second, after)).as("the same school").isEqualTo(centreId);
      assertThat(after.planned().session().id()).isNotEqualTo(before.planned().session().id());
      assertThat(second.post("/api/centre-sessions", null, new io.vertx.core.json.JsonObject()
          .put("email", DemoSession.ADMINISTRATOR).put("password", before.administratorPassword()))
          .status()).as("the old password").isEqualTo(403);
    }
  }

  private static String centreOf(TestServer server, DemoSession demo) {
    TestServer.Reply login = server.post("/api/centre-sessions", null,
        new io.vertx.core.json.JsonObject().put("email", DemoSession.ADMINISTRATOR)
            .put("password", demo.administratorPassword()));
    assertThat(login.status()).as(login.body()).isEqualTo(201);
    return login.json().getString("centreId");
  }
}

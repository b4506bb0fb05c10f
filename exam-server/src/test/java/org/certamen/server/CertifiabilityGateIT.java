package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certamen.server.ErrorPathsIT.assertProblem;
import static org.certamen.server.RosterIT.EXAMPLE_UAI;
import static org.certamen.server.RosterIT.SIECLE;
import static org.certamen.server.RosterIT.file;
import static org.certamen.server.RosterIT.importPupils;
import static org.certamen.server.RosterIT.importProfiles;
import static org.certamen.server.RosterIT.pupilNamed;
import static org.certamen.server.RosterIT.profileLines;
import static org.certamen.server.RosterIT.profiles;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** In a school's sessions, only certifiable pupils enter the certification. */
class CertifiabilityGateIT {
  /** ARNAUD Léo, certifiable; BENOÎT Camille, 4 competences only; CŒURDEROY Élodie, no profile. */
  private static final String ARNAUD = "000000821AB";
  private static final String BENOIT = "000000822AB";

  /** Set by {@link EveryStore} before each run. */
  TestStores.Factory stores;

  private TestServer server;
  private CentreFlow flow;
  private CentreFlow.LoggedIn school;
  private String sessionId;
  private String invigilatorToken;

  @BeforeEach
  void start() {
    server = new TestServer(stores);
    flow = new CentreFlow(server);
    school = flow.centre("Collège Jean Moulin", EXAMPLE_UAI);
    importPupils(server, school, "siecle", "apply", file(SIECLE));
    importProfiles(server, school, "apply", profiles(ARNAUD, 5) + profileLines(BENOIT, 4));
    JsonObject planned = flow.plan(school);
    sessionId = planned.getString("id");
    invigilatorToken = server.post("/api/invigilator-sessions", null, new JsonObject()
        .put("sessionId", sessionId).put("password", planned.getString("invigilatorPassword")))
        .json().getString("token");
    List<String> ids = List.of("Arnaud", "benoit", "coeurderoy").stream()
        .map(name -> pupilNamed(server, school, name).getString("id")).toList();
    TestServer.Reply enrolled = server.post("/api/sessions/" + sessionId + "/candidates",
        school.token(), new JsonObject().put("pupilIds", new JsonArray(ids)));
    assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @EveryStore
  void letsACertifiablePupilIn() {
    assertThat(enter("Arnaud", "Léo", "2011-01-01").status()).isEqualTo(201);
  }

  @EveryStore
  void refusesAPupilWhoIsNotCertifiableSayingWhyInFrench() {
    TestServer.Reply refused = enter("Benoît", "Camille", "2011-02-02");

    assertProblem(refused, 403, "NOT_CERTIFIABLE");
    assertThat(refused.json().getString("detail")).contains("5 compétences au niveau 1")
        .contains("surveillant");
    assertThat(supervisionLine("BENOÎT").getString("status")).isEqualTo("REGISTERED");
  }

  @EveryStore
  void refusesAPupilWhoNeverSharedAProfile() {
    TestServer.Reply refused = enter("Cœurderoy", "Élodie", "2011-03-03");

    assertProblem(refused, 403, "NOT_CERTIFIABLE");
    assertThat(refused.json().getString("detail")).contains("pas encore partagé votre profil");
  }

  @EveryStore
  void aProfileSharedAfterTheEnrolmentCounts() {
    importProfiles(server, school, "apply", profiles(BENOIT, 5));

    assertThat(enter("Benoît", "Camille", "2011-02-02").status()).isEqualTo(201);
  }

  @EveryStore
  void theInvigilatorSeesEachCandidatesStatus() {
    assertThat(supervisionLine("ARNAUD").getString("certifiability")).isEqualTo("CERTIFIABLE");
    assertThat(supervisionLine("BENOÎT").getString("certifiability")).isEqualTo("NOT_CERTIFIABLE");
    assertThat(supervisionLine("CŒURDEROY").getString("certifiability"))
        .isEqualTo("UNKNOWN_PROFILE");
  }

  @EveryStore
  void aCandidateEnrolledOneByOneIsJudgedOnTheProfileGivenIfAny() {
    enrolOne("Dupond", 4);
    enrolOne("Durand", -1);

    assertProblem(enter("Dupond", "Zoé", "2011-03-04"), 403, "NOT_CERTIFIABLE");
    assertThat(enter("Durand", "Zoé", "2011-03-04").status()).isEqualTo(201);
  }

  @EveryStore
  void staffTurnTheRuleOffByMakingTheCentreAnotherKind() {
    TestServer.Reply changed = server.send(HttpMethod.PATCH, school.path(), TestServer.STAFF_TOKEN,
        new JsonObject().put("type", "other").toBuffer());
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(server.get(school.path(), school.token()).json().getString("type"))
        .isEqualTo("other");

    assertThat(enter("Benoît", "Camille", "2011-02-02").status()).isEqualTo(201);
    assertProblem(server.send(HttpMethod.PATCH, school.path(), school.token(),
        new JsonObject().put("type", "school").toBuffer()), 403, "FORBIDDEN_SCOPE");
    assertProblem(server.send(HttpMethod.PATCH, school.path(), TestServer.STAFF_TOKEN,
        new JsonObject().put("type", "lycée").toBuffer()), 400, "INVALID_FIELD");
  }

  @EveryStore
  void sessionsStaffPlanKeepLettingEveryoneIn() {
    ExamFlow exam = new ExamFlow(server);
    ExamFlow.Planned session = exam.planSession();
    server.post("/api/sessions/" + session.id() + "/candidates", TestServer.STAFF_TOKEN,
        CentreFlow.candidate("Dupond").put("profile", new JsonObject().put("1.1", 8)));

    assertThat(server.post("/api/candidate-sessions", null, new JsonObject()
        .put("sessionId", session.id()).put("lastName", "Dupond").put("firstName", "Zoé")
        .put("birthdate", "2011-03-04")).status()).isEqualTo(201);
  }

  private void enrolOne(String lastName, int competencesAtLevelOne) {
    JsonObject candidate = CentreFlow.candidate(lastName);
    if (competencesAtLevelOne >= 0) {
      JsonObject profile = new JsonObject();
      List.of("1.1", "1.2", "1.3", "2.1", "2.2").subList(0, competencesAtLevelOne)
          .forEach(code -> profile.put(code, 8));
      candidate.put("profile", profile);
    }
    flow.enrol(school, sessionId, candidate);
  }

  private TestServer.Reply enter(String lastName, String firstName, String birthdate) {
    return server.post("/api/candidate-sessions", null, new JsonObject().put("sessionId", sessionId)
        .put("lastName", lastName).put("firstName", firstName).put("birthdate", birthdate));
  }

  private JsonObject supervisionLine(String lastName) {
    JsonArray lines = server.get("/api/sessions/" + sessionId + "/supervision", invigilatorToken)
        .json().getJsonArray("candidates");
    return lines.stream().map(JsonObject.class::cast)
        .filter(line -> line.getString("lastName").equals(lastName)).findFirst().orElseThrow();
  }
}

package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certamen.server.ErrorPathsIT.assertProblem;
import static org.certamen.server.RosterIT.EXAMPLE_UAI;
import static org.certamen.server.RosterIT.SIECLE;
import static org.certamen.server.RosterIT.file;
import static org.certamen.server.RosterIT.importPupils;
import static org.certamen.server.RosterIT.pupils;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Enrolling a school's pupils from its roster, within 20 candidates per invigilator. */
class RosterEnrolmentIT {
  /** Set by {@link EveryStore} before each run. */
  TestStores.Factory stores;

  private TestServer server;
  private CentreFlow flow;
  private CentreFlow.LoggedIn school;
  private List<String> pupilIds;

  @BeforeEach
  void start() {
    server = new TestServer(stores);
    flow = new CentreFlow(server);
    school = flow.centre("Collège Jean Moulin", EXAMPLE_UAI);
    importPupils(server, school, "siecle", "apply", file(SIECLE));
    importPupils(server, school, "csv", "apply", Buffer.buffer(
        "Nom;Prénom;Date de naissance;Classe;INE\nMartin;Léa;04/03/2011;3A;123456789AB\n"));
    pupilIds = pupils(server, school, "?pageSize=200").getJsonArray("pupils").stream()
        .map(p -> ((JsonObject) p).getString("id")).toList();
    assertThat(pupilIds).hasSize(21);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @EveryStore
  void enrolsAClassFromTheRoster() {
    String sessionId = flow.plan(school).getString("id");
    List<String> classA = pupils(server, school, "?division=3A&pageSize=200").getJsonArray("pupils")
        .stream().map(p -> ((JsonObject) p).getString("id")).toList();

    TestServer.Reply enrolled = enrol(sessionId, classA);

    assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
    assertThat(enrolled.json().getInteger("enrolledCount")).isEqualTo(classA.size());
    JsonArray candidates = candidates(sessionId);
    assertThat(candidates).hasSize(classA.size());
    JsonObject first = candidates.getJsonObject(0);
    assertThat(first.getString("division")).isEqualTo("3A");
    assertThat(first.getString("externalId")).isNotBlank();
    assertThat(first.getString("certifiability")).isEqualTo("UNKNOWN_PROFILE");
  }

  @EveryStore
  void refusesThe21stCandidateForOneInvigilatorAndEnrolsNobody() {
    String sessionId = flow.plan(school).getString("id");

    assertProblem(enrol(sessionId, pupilIds), 409, "SESSION_FULL");
    assertThat(candidates(sessionId)).isEmpty();

    assertThat(enrol(sessionId, pupilIds.subList(0, 20)).status()).isEqualTo(201);
    TestServer.Reply full = enrol(sessionId, pupilIds.subList(20, 21));
    assertProblem(full, 409, "SESSION_FULL");
    assertThat(full.json().getString("detail")).contains("20 candidats pour 1 surveillant");
    assertProblem(server.post("/api/sessions/" + sessionId + "/candidates", school.token(),
        CentreFlow.candidate("Nouveau")), 409, "SESSION_FULL");
    assertThat(candidates(sessionId)).hasSize(20);
  }

  @EveryStore
  void aSecondInvigilatorMakesRoomFor40() {
    TestServer.Reply planned = server.post(school.path() + "/sessions", school.token(),
        new JsonObject().put("address", "1 rue de la Paix, Lyon").put("room", "B12")
            .put("examiner", "Mme Martin").put("date", "2026-11-30").put("time", "14:00")
            .put("invigilatorCount", 2));
    assertThat(planned.status()).as(planned.body()).isEqualTo(201);
    assertThat(planned.json().getInteger("invigilatorCount")).isEqualTo(2);
    String sessionId = planned.json().getString("id");

    assertThat(enrol(sessionId, pupilIds).status()).isEqualTo(201);

    assertThat(candidates(sessionId)).hasSize(21);
    assertProblem(server.send(HttpMethod.PATCH, "/api/sessions/" + sessionId, school.token(),
        new JsonObject().put("invigilatorCount", 1).toBuffer()), 409, "SESSION_FULL");
    assertThat(server.get("/api/sessions/" + sessionId, school.token()).json()
        .getInteger("invigilatorCount")).isEqualTo(2);
  }

  @EveryStore
  void refusesAPupilAlreadyEnrolledInAnOpenSessionNamingIt() {
    String first = flow.plan(school).getString("id");
    String second = flow.plan(school).getString("id");
    assertThat(enrol(first, pupilIds.subList(0, 2)).status()).isEqualTo(201);

    TestServer.Reply again = enrol(second, pupilIds.subList(1, 3));

    assertProblem(again, 409, "PUPIL_ALREADY_ENROLLED");
    assertThat(again.json().getString("detail")).contains("session " + first).contains("30/11/2026");
    assertThat(candidates(second)).isEmpty();
    assertProblem(enrol(first, pupilIds.subList(0, 1)), 409, "PUPIL_ALREADY_ENROLLED");
  }

  @EveryStore
  void aPupilRemovedFromASessionCanBeEnrolledElsewhere() {
    String first = flow.plan(school).getString("id");
    String second = flow.plan(school).getString("id");
    String candidateId = enrol(first, pupilIds.subList(0, 1)).json().getJsonArray("enrolledIds")
        .getString(0);
    assertThat(server.send(HttpMethod.DELETE, "/api/sessions/" + first + "/candidates/"
        + candidateId, school.token(), null).status()).isEqualTo(200);

    assertThat(enrol(second, pupilIds.subList(0, 1)).status()).isEqualTo(201);
  }

  @EveryStore
  void refusesPupilsOfAnotherSchoolAndDeactivatedOnes() {
    String sessionId = flow.plan(school).getString("id");
    CentreFlow.LoggedIn other = flow.centre("Lycée Voltaire", "0180777X");
    String otherSession = flow.plan(other).getString("id");

    assertProblem(enrol(otherSession, pupilIds.subList(0, 1), other), 404, "PUPIL_NOT_FOUND");
    importPupils(server, school, "siecle", "apply", file(RosterIT.SIECLE_JANUARY));
    String diallo = RosterIT.pupilNamed(server, school, "Diallo").getString("id");
    assertProblem(enrol(sessionId, List.of(diallo)), 409, "PUPIL_INACTIVE");
    assertProblem(server.post("/api/sessions/" + sessionId + "/candidates", school.token(),
        new JsonObject().put("pupilIds", new JsonArray())), 400, "INVALID_FIELD");
    assertThat(candidates(sessionId)).isEmpty();
  }

  @EveryStore
  void aSessionStaffPlannedHasNoRoster() {
    ExamFlow.Planned session = new ExamFlow(server).planSession();

    assertProblem(server.post("/api/sessions/" + session.id() + "/candidates",
        TestServer.STAFF_TOKEN, new JsonObject().put("pupilIds", new JsonArray(pupilIds.subList(0, 1)))),
        409, "SESSION_WITHOUT_SCHOOL");
  }

  private TestServer.Reply enrol(String sessionId, List<String> ids) {
    return enrol(sessionId, ids, school);
  }

  private TestServer.Reply enrol(String sessionId, List<String> ids, CentreFlow.LoggedIn by) {
    return server.post("/api/sessions/" + sessionId + "/candidates", by.token(),
        new JsonObject().put("pupilIds", new JsonArray(ids)));
  }

  private JsonArray candidates(String sessionId) {
    return server.get("/api/sessions/" + sessionId, school.token()).json()
        .getJsonArray("candidates");
  }
}

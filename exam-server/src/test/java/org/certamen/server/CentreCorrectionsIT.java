package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certamen.server.ErrorPathsIT.assertProblem;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A centre corrects its planning: candidates edited or removed and sessions changed or deleted
 * until someone entered; session dates checked against the server's clock (2026-11-28 in tests).
 */
class CentreCorrectionsIT {
  /** Set by {@link EveryStore} before each run. */
  TestStores.Factory stores;

  private TestServer server;
  private CentreFlow flow;
  private CentreFlow.LoggedIn centre;
  private String sessionId;

  @BeforeEach
  void start() {
    server = new TestServer(stores);
    flow = new CentreFlow(server);
    centre = flow.centre("Collège Jean Moulin");
    sessionId = flow.plan(centre).getString("id");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @EveryStore
  void correctsAndRemovesCandidatesUntilTheyEnter() {
    String zoe = flow.enrol(centre, sessionId, CentreFlow.candidate("Durand"));
    String leo = flow.enrol(centre, sessionId, CentreFlow.candidate("Martin"));

    TestServer.Reply corrected = patch(candidatePath(zoe), new JsonObject()
        .put("firstName", "Zoëlle").put("extraTimePercentage", 33).put("division", ""));
    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    JsonObject changed = candidate(zoe);
    assertThat(changed.getString("firstName")).isEqualTo("Zoëlle");
    assertThat(changed.getString("lastName")).isEqualTo("Durand");
    assertThat(changed.getInteger("extraTimePercentage")).isEqualTo(33);
    assertThat(changed.getString("division")).isNull();
    assertProblem(patch(candidatePath(zoe), new JsonObject().put("extraTimePercentage", 250)),
        400, "INVALID_FIELD");

    assertThat(delete(candidatePath(leo)).status()).isEqualTo(200);
    assertThat(candidates()).extracting(c -> ((JsonObject) c).getString("id")).containsExactly(zoe);
    assertProblem(delete(candidatePath(leo)), 404, "CANDIDATE_NOT_FOUND");

    enter("Durand", "Zoëlle");
    TestServer.Reply refused = patch(candidatePath(zoe), new JsonObject().put("lastName", "X"));
    assertProblem(refused, 409, "CANDIDATE_ENTERED");
    assertThat(refused.json().getString("detail")).contains("Zoëlle Durand est déjà entré·e",
        "noter son absence");
    assertProblem(delete(candidatePath(zoe)), 409, "CANDIDATE_ENTERED");
    assertThat(candidate(zoe).getString("lastName")).isEqualTo("Durand");
    CentreFlow.LoggedIn other = flow.centre("Lycée Voltaire");
    assertProblem(server.send(HttpMethod.DELETE, candidatePath(zoe), other.token(), null), 403,
        "FORBIDDEN_SCOPE");
  }

  @EveryStore
  void changesAndDeletesASessionUntilACandidateEnters() {
    TestServer.Reply moved = patch("/api/sessions/" + sessionId, new JsonObject()
        .put("room", "C3").put("date", "2026-12-03").put("time", "10:30"));
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(moved.json().getString("room")).isEqualTo("C3");
    assertThat(moved.json().getString("examiner")).isEqualTo("Mme Martin");
    JsonObject listed = sessions().getJsonObject(0);
    assertThat(listed.getString("date")).isEqualTo("2026-12-03");
    assertThat(listed.getString("time")).isEqualTo("10:30");
    assertThat(listed.getString("stage")).isEqualTo("planned");

    flow.enrol(centre, sessionId, CentreFlow.candidate("Durand"));
    assertThat(delete("/api/sessions/" + sessionId).status()).isEqualTo(200);
    assertThat(sessions()).isEmpty();
    assertProblem(server.get("/api/sessions/" + sessionId, TestServer.STAFF_TOKEN), 404,
        "SESSION_NOT_FOUND");

    String started = flow.plan(centre).getString("id");
    flow.enrol(centre, started, CentreFlow.candidate("Durand"));
    sessionId = started;
    enter("Durand", "Zoé");
    assertThat(sessions().getJsonObject(0).getString("stage")).isEqualTo("underway");
    TestServer.Reply refused = patch("/api/sessions/" + started, new JsonObject().put("room", "D1"));
    assertProblem(refused, 409, "SESSION_STARTED");
    assertThat(refused.json().getString("detail")).contains("Des personnes inscrites sont déjà entrées dans la session");
    assertProblem(delete("/api/sessions/" + started), 409, "SESSION_STARTED");
    assertThat(server.get("/api/sessions/" + started, centre.token()).json().getString("room"))
        .isEqualTo("B12");
  }

  @EveryStore
  void refusesSessionDatesInThePastOrMoreThanAYearAhead() {
    TestServer.Reply past = plan("2020-01-10");
    assertProblem(past, 400, "INVALID_SESSION_DATE");
    assertThat(past.json().getString("detail")).isEqualTo(
        "La date du 10/01/2020 est passée : choisissez aujourd'hui ou un jour à venir.");
    TestServer.Reply far = plan("2027-11-29");
    assertProblem(far, 400, "INVALID_SESSION_DATE");
    assertThat(far.json().getString("detail")).contains("choisissez une date d'ici le 28/11/2027");
    assertProblem(patch("/api/sessions/" + sessionId, new JsonObject().put("date", "2026-11-27")),
        400, "INVALID_SESSION_DATE");
    assertThat(sessions()).hasSize(1);

    assertThat(plan("2026-11-28").status()).isEqualTo(201);
    assertThat(plan("2027-11-28").status()).isEqualTo(201);
  }

  @EveryStore
  void listsTheCentresSessionsByDate() {
    plan("2027-03-01");
    plan("2026-12-01");
    assertThat(sessions()).extracting(s -> ((JsonObject) s).getString("date"))
        .containsExactly("2026-11-30", "2026-12-01", "2027-03-01");
  }

  private TestServer.Reply plan(String date) {
    return server.post(centre.path() + "/sessions", centre.token(), new JsonObject()
        .put("address", "1 rue de la Paix, Lyon").put("room", "B12").put("examiner", "Mme Martin")
        .put("date", date).put("time", "14:00"));
  }

  private void enter(String lastName, String firstName) {
    TestServer.Reply entered = server.post("/api/candidate-sessions", null, new JsonObject()
        .put("sessionId", sessionId).put("lastName", lastName).put("firstName", firstName)
        .put("birthdate", "2011-03-04"));
    assertThat(entered.status()).as(entered.body()).isEqualTo(201);
  }

  private String candidatePath(String candidateId) {
    return "/api/sessions/" + sessionId + "/candidates/" + candidateId;
  }

  private TestServer.Reply patch(String path, JsonObject body) {
    return server.send(HttpMethod.PATCH, path, centre.token(), body.toBuffer());
  }

  private TestServer.Reply delete(String path) {
    return server.send(HttpMethod.DELETE, path, centre.token(), null);
  }

  private JsonArray candidates() {
    return server.get("/api/sessions/" + sessionId, centre.token()).json()
        .getJsonArray("candidates");
  }

  private JsonObject candidate(String id) {
    return candidates().stream().map(JsonObject.class::cast)
        .filter(c -> c.getString("id").equals(id)).findFirst().orElseThrow();
  }

  private JsonArray sessions() {
    return new JsonArray(server.get(centre.path() + "/sessions", centre.token()).body());
  }
}

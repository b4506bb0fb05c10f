package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certamen.server.ErrorPathsIT.assertProblem;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.certamen.server.centre.domain.Member;
import org.certamen.server.shared.PasswordHash;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

class CentreIT {
  /** Set by {@link EveryStore} before each run. */
  TestStores.Factory stores;

  private TestServer server;
  private CentreFlow flow;
  private CentreFlow.LoggedIn admin;

  @BeforeEach
  void start() {
    server = new TestServer(stores);
    flow = new CentreFlow(server);
    admin = flow.centre("Collège Jean Moulin");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @EveryStore
  void staffCreatesACentreWhoseAdministratorAcceptsTheInvitationAndLogsIn() {
    TestServer.Reply created = server.post("/api/centres", TestServer.STAFF_TOKEN,
        new JsonObject().put("name", "Lycée Condorcet").put("uai", " 0750654d ")
            .put("administratorEmail", " Chef@Lycee.example "));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().getString("uai")).isEqualTo("0750654D");
    JsonObject invitation = created.json().getJsonObject("invitation");
    assertThat(invitation.getString("email")).isEqualTo("chef@lycee.example");
    assertThat(invitation.getString("role")).isEqualTo("ADMINISTRATOR");
    assertThat(invitation.getBoolean("mailed")).isFalse();
    assertThat(invitation.getString("link"))
        .startsWith("http://127.0.0.1:" + server.port() + "/invigilator/#invitation=");

    flow.accept(invitation.getString("link"), CentreFlow.PASSWORD);
    CentreFlow.LoggedIn chef = flow.login("chef@lycee.example", CentreFlow.PASSWORD);
    JsonObject centre = server.get(chef.path(), chef.token()).json();
    assertThat(centre.getString("name")).isEqualTo("Lycée Condorcet");
    assertThat(centre.getString("uai")).isEqualTo("0750654D");
    assertThat(centre.getJsonObject("me").getString("role")).isEqualTo("ADMINISTRATOR");
  }

  @EveryStore
  void onlyStaffCreatesCentres() {
    JsonObject body = new JsonObject().put("name", "X").put("administratorEmail", "x@x.example");
    assertProblem(server.post("/api/centres", admin.token(), body), 403, "FORBIDDEN_SCOPE");
    assertProblem(server.post("/api/centres", null, body), 401, "MISSING_TOKEN");
    assertProblem(server.post("/api/centres", TestServer.STAFF_TOKEN,
        body.copy().put("administratorEmail", "pas une adresse")), 400, "INVALID_FIELD");
    // A UAI is 7 digits and their key letter: 0750654 takes D.
    assertProblem(server.post("/api/centres", TestServer.STAFF_TOKEN,
        body.copy().put("uai", "0750654E")), 400, "INVALID_FIELD");
    assertProblem(server.post("/api/centres", TestServer.STAFF_TOKEN,
        body.copy().put("uai", "750654D")), 400, "INVALID_FIELD");
  }

  @EveryStore
  void refusesAnUsedInvitationAWeakPasswordAndWrongCredentials() {
    JsonObject sent = invite("prof@college.example", "MEMBER");
    assertProblem(server.post("/api/centre-invitations/acceptance", null, new JsonObject()
        .put("token", CentreFlow.tokenOf(sent.getString("link"))).put("password", "court")),
        400, "WEAK_PASSWORD");
    flow.accept(sent.getString("link"), CentreFlow.PASSWORD);
    assertProblem(server.post("/api/centre-invitations/acceptance", null, new JsonObject()
        .put("token", CentreFlow.tokenOf(sent.getString("link"))).put("password", CentreFlow.PASSWORD)),
        404, "INVITATION_NOT_FOUND");
    assertProblem(server.post("/api/centre-sessions", null, new JsonObject()
        .put("email", "prof@college.example").put("password", "mauvais-mot-de-passe")),
        403, "WRONG_CREDENTIALS");
    assertProblem(server.post("/api/centre-sessions", null, new JsonObject()
        .put("email", "inconnu@college.example").put("password", CentreFlow.PASSWORD)),
        403, "WRONG_CREDENTIALS");
  }

  @EveryStore
  void storesPasswordsSlowlyHashedAndUpgradesAnOldHashAtTheNextLogin() {
    assertThat(storedHash(admin)).startsWith("$pbkdf2-sha256$i=600000$")
        .doesNotContain(CentreFlow.PASSWORD);
    String former = PasswordHash.of(CentreFlow.PASSWORD);
    Await.result(server.store.centres().saveMember(member(admin).withPasswordHash(former)));

    assertProblem(server.post("/api/centre-sessions", null, new JsonObject()
        .put("email", admin.email()).put("password", "mauvais-mot-de-passe")), 403, "WRONG_CREDENTIALS");
    assertThat(storedHash(admin)).as("a failed login changes nothing").isEqualTo(former);
    flow.login(admin.email(), CentreFlow.PASSWORD);
    String upgraded = storedHash(admin);
    assertThat(upgraded).startsWith("$pbkdf2-sha256$i=600000$");
    flow.login(admin.email(), CentreFlow.PASSWORD);
    assertThat(storedHash(admin)).as("hashed again once only").isEqualTo(upgraded);
  }

  @EveryStore
  void anAdministratorInvitesAMemberChangesTheirRoleAndRemovesThem() {
    flow.accept(invite("prof@college.example", "MEMBER").getString("link"), CentreFlow.PASSWORD);
    CentreFlow.LoggedIn prof = flow.login("prof@college.example", CentreFlow.PASSWORD);
    assertProblem(server.post(prof.path() + "/invitations", prof.token(), new JsonObject()
        .put("email", "autre@college.example").put("role", "MEMBER")), 403, "ADMINISTRATOR_ONLY");

    JsonArray listed = new JsonArray(server.get(admin.path() + "/members", admin.token()).body());
    assertThat(listed).hasSize(2);
    assertThat(listed.stream().map(m -> ((JsonObject) m).getString("email")))
        .contains("prof@college.example", admin.email());

    TestServer.Reply promoted = server.post(admin.path() + "/members/prof@college.example/role",
        admin.token(), new JsonObject().put("role", "ADMINISTRATOR"));
    assertThat(promoted.json().getString("role")).isEqualTo("ADMINISTRATOR");
    assertThat(server.post(prof.path() + "/invitations", prof.token(), new JsonObject()
        .put("email", "autre@college.example").put("role", "MEMBER")).status()).isEqualTo(201);

    TestServer.Reply removed = server.send(HttpMethod.DELETE,
        admin.path() + "/members/prof@college.example", admin.token(), null);
    assertThat(removed.status()).as(removed.body()).isEqualTo(200);
    assertProblem(server.get(prof.path(), prof.token()), 401, "INVALID_TOKEN");
  }

  @EveryStore
  void keepsAtLeastOneAdministrator() {
    assertProblem(server.post(admin.path() + "/members/" + admin.email() + "/role", admin.token(),
        new JsonObject().put("role", "MEMBER")), 409, "LAST_ADMINISTRATOR");
    assertProblem(server.send(HttpMethod.DELETE, admin.path() + "/members/" + admin.email(),
        admin.token(), null), 409, "LAST_ADMINISTRATOR");
    assertProblem(server.post(admin.path() + "/members/inconnu@college.example/role",
        admin.token(), new JsonObject().put("role", "MEMBER")), 404, "MEMBER_NOT_FOUND");
    assertProblem(server.post(admin.path() + "/members/" + admin.email() + "/role", admin.token(),
        new JsonObject().put("role", "DIRECTEUR")), 400, "INVALID_FIELD");
  }

  @EveryStore
  void refusesToInviteAnAddressOfAnotherCentre() {
    CentreFlow.LoggedIn other = flow.centre("Lycée Voltaire");
    assertProblem(server.post(other.path() + "/invitations", other.token(), new JsonObject()
        .put("email", admin.email()).put("role", "MEMBER")), 409, "EMAIL_TAKEN");
  }

  @EveryStore
  void aCentrePlansListsAndEnrolsOnlyInItsOwnSessions() {
    JsonObject planned = flow.plan(admin);
    assertThat(planned.getString("invigilatorPassword")).isNotBlank();
    assertThat(planned.getString("centre")).isEqualTo("Collège Jean Moulin");
    JsonArray sessions = new JsonArray(server.get(admin.path() + "/sessions", admin.token()).body());
    assertThat(sessions).hasSize(1);
    assertThat(sessions.getJsonObject(0).getString("id")).isEqualTo(planned.getString("id"));
    flow.enrol(admin, planned.getString("id"), CentreFlow.candidate("Lefèvre"));
    assertThat(server.get("/api/sessions/" + planned.getString("id"), admin.token()).json()
        .getJsonArray("candidates")).hasSize(1);

    CentreFlow.LoggedIn other = flow.centre("Lycée Voltaire");
    assertProblem(server.post("/api/sessions/" + planned.getString("id") + "/candidates",
        other.token(), CentreFlow.candidate("Martin")), 403, "FORBIDDEN_SCOPE");
    assertProblem(server.get(admin.path() + "/sessions", other.token()), 403, "FORBIDDEN_SCOPE");
    assertProblem(server.get("/api/sessions/" + planned.getString("id"), other.token()),
        403, "FORBIDDEN_SCOPE");
    assertProblem(server.post("/api/sessions", admin.token(), new JsonObject()
        .put("centre", "X").put("address", "X").put("room", "X").put("examiner", "X")
        .put("date", "2026-11-30").put("time", "09:00")), 403, "FORBIDDEN_SCOPE");
  }

  @EveryStore
  void showsWhetherEachCandidateIsCertifiableWhenTheProfileIsKnown() {
    String sessionId = flow.plan(admin).getString("id");
    flow.enrol(admin, sessionId, CentreFlow.candidate("Certifiable").put("profile", new JsonObject(
        Map.of("1.1", 8, "1.2", 8, "2.1", 16, "3.1", 9, "4.1", 40))));
    flow.enrol(admin, sessionId, CentreFlow.candidate("Debutant").put("profile", new JsonObject(
        Map.of("1.1", 8, "1.2", 8, "2.1", 16, "3.1", 9, "4.1", 7))));
    flow.enrol(admin, sessionId, CentreFlow.candidate("Inconnu"));
    JsonArray candidates = server.get("/api/sessions/" + sessionId, admin.token()).json()
        .getJsonArray("candidates");
    assertThat(candidates.stream().map(c -> ((JsonObject) c).getString("certifiability")))
        .containsExactly("CERTIFIABLE", "NOT_CERTIFIABLE", "UNKNOWN_PROFILE");
    assertThat(candidates.getJsonObject(0).getJsonObject("profile").getInteger("4.1")).isEqualTo(40);

    assertProblem(server.post("/api/sessions/" + sessionId + "/candidates", admin.token(),
        CentreFlow.candidate("Faux").put("profile", new JsonObject().put("1.1", "beaucoup"))),
        400, "INVALID_FIELD");
    // Competences outside the framework would make anyone certifiable.
    TestServer.Reply unknown = server.post("/api/sessions/" + sessionId + "/candidates",
        admin.token(), CentreFlow.candidate("Invente").put("profile", new JsonObject(
            Map.of("1.1", 8, "1.2", 8, "2.1", 16, "3.1", 9, "9.9", 64))));
    assertProblem(unknown, 400, "INVALID_FIELD");
    assertThat(unknown.json().getString("detail")).contains("profile.9.9");
    assertThat(server.get("/api/sessions/" + sessionId, admin.token()).json()
        .getJsonArray("candidates")).hasSize(3);
  }

  private JsonObject invite(String email, String role) {
    TestServer.Reply sent = server.post(admin.path() + "/invitations", admin.token(),
        new JsonObject().put("email", email).put("role", role));
    assertThat(sent.status()).as(sent.body()).isEqualTo(201);
    return sent.json();
  }

  private Member member(CentreFlow.LoggedIn user) {
    return Await.result(server.store.centres().findMember(user.centreId(), user.email())).orElseThrow();
  }

  private String storedHash(CentreFlow.LoggedIn user) {
    return member(user).passwordHash();
  }
}

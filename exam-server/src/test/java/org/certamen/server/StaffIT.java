package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certamen.server.ErrorPathsIT.assertProblem;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Staff accounts, their roles, bulk publication and the audit trail, over HTTP. */
class StaffIT {
  private static final String BOOTSTRAP = TestServer.STAFF_TOKEN;
  private static final String PASSWORD = "une phrase de passe solide";

  /** Set by {@link EveryStore} before each run. */
  TestStores.Factory stores;

  private TestServer server;

  @BeforeEach
  void start() {
    server = new TestServer(stores);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @EveryStore
  void anAdminInvitesAProcessorWhoCannotManageStaffOrCentresAndStopsAtOnceWhenRemoved() {
    String admin = account(BOOTSTRAP, "Chef@Certamen.example", "admin");
    TestServer.Reply invited = server.post("/api/staff-members", admin,
        new JsonObject().put("email", "traitement@certamen.example").put("role", "processor"));
    assertThat(invited.status()).as(invited.body()).isEqualTo(201);
    assertThat(invited.json().getString("link"))
        .startsWith("http://127.0.0.1:" + server.port() + "/staff/#invitation=");
    assertThat(invited.json().getBoolean("mailed")).isFalse();
    String token = tokenOf(invited.json().getString("link"));
    assertProblem(accept(token, "court"), 400, "WEAK_PASSWORD");
    assertProblem(accept(token, "MotDePasse123"), 400, "WEAK_PASSWORD");
    assertThat(accept(token, PASSWORD).status()).isEqualTo(201);
    assertProblem(accept(token, PASSWORD), 404, "INVITATION_NOT_FOUND");
    assertProblem(login("traitement@certamen.example", "pas le bon mot de passe"), 401,
        "INVALID_CREDENTIALS");
    TestServer.Reply loggedIn = login(" Traitement@certamen.example", PASSWORD);
    assertThat(loggedIn.json().getString("role")).isEqualTo("processor");
    String processor = loggedIn.json().getString("token");

    assertThat(server.get("/api/finalized-sessions", processor).status()).isEqualTo(200);
    assertProblem(server.get("/api/staff-members", processor), 403, "ADMIN_ONLY");
    assertProblem(server.post("/api/staff-members", processor,
        new JsonObject().put("email", "autre@certamen.example").put("role", "admin")), 403,
        "ADMIN_ONLY");
    assertProblem(server.post("/api/centres", processor, new JsonObject()
        .put("name", "Collège Camus").put("administratorEmail", "chef@camus.example")), 403,
        "ADMIN_ONLY");
    assertProblem(server.get(auditPath(), processor), 403, "ADMIN_ONLY");
    assertThat(server.get("/api/staff-members", admin).status()).isEqualTo(200);

    // A role change acts on the next request of a token already given.
    assertThat(patchRole(admin, "traitement@certamen.example", "admin").status()).isEqualTo(200);
    assertThat(server.get("/api/staff-members", processor).status()).isEqualTo(200);
    assertThat(patchRole(admin, "traitement@certamen.example", "processor").json()
        .getString("role")).isEqualTo("processor");
    JsonArray members = new JsonArray(server.get("/api/staff-members", admin).body());
    assertThat(members.stream().map(m -> ((JsonObject) m).getString("email") + ":"
        + ((JsonObject) m).getString("role")))
        .containsExactly("chef@certamen.example:admin", "traitement@certamen.example:processor");

    // The last admin stays.
    assertProblem(patchRole(admin, "chef@certamen.example", "processor"), 409, "LAST_ADMIN");
    TestServer.Reply removed = server.send(HttpMethod.DELETE,
        "/api/staff-members/traitement@certamen.example", admin, null);
    assertThat(removed.status()).as(removed.body()).isEqualTo(200);
    assertProblem(server.get("/api/finalized-sessions", processor), 401, "INVALID_TOKEN");
    assertProblem(login("traitement@certamen.example", PASSWORD), 401, "INVALID_CREDENTIALS");
  }

  @EveryStore
  void bulkPublicationPublishesEachSessionOnItsOwnAndTheAuditNamesWhoDidWhat() {
    Instant from = server.clock.instant();
    String admin = account(BOOTSTRAP, "chef@certamen.example", "admin");
    String processor = account(admin, "traitement@certamen.example", "processor");
    ExamFlow flow = new ExamFlow(server);
    ExamFlow.Planned withCandidate = flow.planSession();
    ExamFlow.Entered candidate = flow.startedCandidate(withCandidate, "Lefèvre");
    flow.answerAll(candidate, flow.exam(candidate), TestBank::correctValue);
    finalize(withCandidate);
    ExamFlow.Planned empty = flow.planSession();
    finalize(empty);
    ExamFlow.Planned notFinalized = flow.planSession();

    String candidatePath = "/api/sessions/" + withCandidate.id() + "/candidates/"
        + candidate.candidateId();
    JsonObject rescore = new JsonObject().put("action", "rescore")
        .put("commentForCandidate", "Vérification faite.");
    TestServer.Reply preview = server.post(candidatePath + "/jury-action-previews", processor,
        rescore);
    assertThat(preview.status()).as(preview.body()).isEqualTo(200);
    assertThat(preview.json().getInteger("version")).isEqualTo(2);
    assertThat(new JsonArray(server.get(candidatePath + "/result-versions", processor).body()))
        .hasSize(1);
    assertThat(server.get("/api/sessions/" + withCandidate.id() + "/finalization", processor)
        .json().getBoolean("hasIncident")).isFalse();
    TestServer.Reply rescored = server.post("/api/sessions/" + withCandidate.id() + "/candidates/"
        + candidate.candidateId() + "/jury-actions", processor, new JsonObject()
        .put("action", "rescore").put("commentForCandidate", "Vérification faite."));
    assertThat(rescored.status()).as(rescored.body()).isEqualTo(201);
    assertThat(rescored.json().getString("changedBy")).isEqualTo("traitement@certamen.example");

    assertProblem(server.post("/api/publications", processor,
        new JsonObject().put("sessionIds", new JsonArray())), 400, "INVALID_FIELD");
    TestServer.Reply bulk = server.post("/api/publications", processor, new JsonObject()
        .put("sessionIds", new JsonArray(List.of(withCandidate.id(), notFinalized.id(),
            empty.id(), withCandidate.id()))));
    assertThat(bulk.status()).as(bulk.body()).isEqualTo(200);
    assertThat(bulk.json().getJsonArray("published").getList())
        .containsExactly(withCandidate.id(), empty.id());
    JsonObject refused = bulk.json().getJsonArray("refused").getJsonObject(0);
    assertThat(bulk.json().getJsonArray("refused")).hasSize(1);
    assertThat(refused.getString("sessionId")).isEqualTo(notFinalized.id());
    assertThat(refused.getString("code")).isEqualTo("SESSION_NOT_FINALIZED");
    assertThat(refused.getString("detail")).contains("n'est pas finalisée");
    JsonObject again = server.post("/api/publications", processor, new JsonObject()
        .put("sessionIds", new JsonArray().add(empty.id()))).json();
    assertThat(again.getJsonArray("published")).isEmpty();
    assertThat(again.getJsonArray("refused").getJsonObject(0).getString("code"))
        .isEqualTo("SESSION_ALREADY_PUBLISHED");

    TestServer.Reply results = server.get("/api/sessions/" + withCandidate.id() + "/results",
        withCandidate.invigilatorToken());
    assertThat(results.status()).as(results.body()).isEqualTo(200);
    assertThat(new JsonArray(results.body()).getJsonObject(0).getString("changedBy"))
        .isEqualTo("traitement@certamen.example");

    server.clock.advance(Duration.ofMinutes(1));
    TestServer.Reply audit = server.get(auditPath(from, server.clock.instant()), admin);
    assertThat(audit.status()).as(audit.body()).isEqualTo(200);
    assertThat(new JsonArray(audit.body()).stream().map(JsonObject.class::cast)
        .map(a -> a.getString("by") + " " + a.getString("action") + " " + a.getString("sessionId")
            + " " + a.getString("subject")))
        .containsExactly(
            "system staff-invitation null chef@certamen.example",
            "chef@certamen.example staff-invitation null traitement@certamen.example",
            "traitement@certamen.example jury-action:rescore " + withCandidate.id() + " "
                + candidate.candidateId(),
            "traitement@certamen.example publication " + withCandidate.id() + " null",
            "traitement@certamen.example publication " + empty.id() + " null");
    assertThat(new JsonArray(server.get(auditPath(from.minusSeconds(60), from), admin).body()))
        .isEmpty();
    assertProblem(server.get("/api/staff-audit?from=hier&to=" + from, admin), 400,
        "INVALID_FIELD");
  }

  @EveryStore
  void anAdminListsTheCentresAndSeesTheirSessionsWhichAProcessorCannot() {
    String admin = account(BOOTSTRAP, "chef@certamen.example", "admin");
    String processor = account(admin, "traitement@certamen.example", "processor");
    CentreFlow centres = new CentreFlow(server);
    CentreFlow.LoggedIn zola = centres.centre("Lycée Zola", "0180777X");
    CentreFlow.LoggedIn camus = centres.centre("Collège Camus");
    JsonObject planned = centres.plan(zola);

    TestServer.Reply listed = server.get("/api/centres", admin);
    assertThat(listed.status()).as(listed.body()).isEqualTo(200);
    assertThat(new JsonArray(listed.body()).stream().map(JsonObject.class::cast)
        .map(c -> c.getString("id") + " " + c.getString("name") + " " + c.getString("uai") + " "
            + c.getJsonArray("administrators").getList()))
        .containsExactly(
            camus.centreId() + " Collège Camus null [" + camus.email() + "]",
            zola.centreId() + " Lycée Zola 0180777X [" + zola.email() + "]");
    TestServer.Reply sessions = server.get(zola.path() + "/sessions", admin);
    assertThat(sessions.status()).as(sessions.body()).isEqualTo(200);
    JsonObject session = new JsonArray(sessions.body()).getJsonObject(0);
    assertThat(session.getString("id")).isEqualTo(planned.getString("id"));
    assertThat(session.getString("room")).isEqualTo("B12");
    assertThat(session.getString("stage")).isNotBlank();
    assertThat(new JsonArray(server.get(camus.path() + "/sessions", admin).body())).isEmpty();
    assertProblem(server.get("/api/centres/inconnu/sessions", admin), 404, "CENTRE_NOT_FOUND");

    assertProblem(server.get("/api/centres", processor), 403, "ADMIN_ONLY");
    assertProblem(server.get(zola.path() + "/sessions", processor), 403, "ADMIN_ONLY");
    assertProblem(server.get("/api/centres", zola.token()), 403, "FORBIDDEN_SCOPE");
    assertProblem(server.get(zola.path() + "/sessions", camus.token()), 403, "FORBIDDEN_SCOPE");
  }

  @EveryStore
  void staffSeeTheQuestionsACandidateSawByNumberWhichTheCandidateAndInvigilatorCannot() {
    String processor = account(BOOTSTRAP, "traitement@certamen.example", "processor");
    ExamFlow flow = new ExamFlow(server);
    ExamFlow.Planned session = flow.planSession();
    ExamFlow.Entered candidate = flow.startedCandidate(session, "Lefèvre");
    flow.answerAll(candidate, flow.exam(candidate), TestBank::correctValue);
    String path = "/api/sessions/" + session.id() + "/candidates/" + candidate.candidateId()
        + "/questions";

    TestServer.Reply seen = server.get(path, processor);
    assertThat(seen.status()).as(seen.body()).isEqualTo(200);
    List<JsonObject> questions = new JsonArray(seen.body()).stream()
        .map(JsonObject.class::cast).toList();
    assertThat(questions).isNotEmpty();
    for (int i = 0; i < questions.size(); i++) {
      assertThat(questions.get(i).getInteger("number")).isEqualTo(i + 1);
      assertThat(questions.get(i).getString("itemId")).isNotBlank();
      assertThat(questions.get(i).getString("instruction")).isNotBlank();
    }

    assertProblem(server.get(path, candidate.token()), 403, "FORBIDDEN_SCOPE");
    assertProblem(server.get(path, session.invigilatorToken()), 403, "FORBIDDEN_SCOPE");
    assertProblem(server.get("/api/sessions/" + session.id() + "/candidates/inconnu/questions",
        processor), 404, "EXAM_NOT_FOUND");
  }

  @EveryStore
  void staffReadACandidatesAlertsWithHowAndByWhomTheyWereResolved() {
    String processor = account(BOOTSTRAP, "traitement@certamen.example", "processor");
    ExamFlow flow = new ExamFlow(server);
    ExamFlow.Planned session = flow.planSession();
    ExamFlow.Entered candidate = flow.startedCandidate(session, "Lefèvre");
    String candidatePath = "/api/sessions/" + session.id() + "/candidates/"
        + candidate.candidateId();
    String questionId = flow.exam(candidate).getJsonObject("question").getString("id");
    String first = server.post("/api/me/exam/alerts", candidate.token(), new JsonObject()
        .put("kind", "QUESTION").put("questionId", questionId).put("reason", "image absente"))
        .json().getString("alertId");
    TestServer.Reply resolved = server.post(candidatePath + "/alerts/" + first + "/resolve",
        session.invigilatorToken(), new JsonObject().put("decision", "dismiss"));
    assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
    server.clock.advance(Duration.ofMinutes(1));
    String second = server.post("/api/me/exam/alerts", candidate.token(),
        new JsonObject().put("kind", "EXTENSION")).json().getString("alertId");
    assertThat(server.post(candidatePath + "/alerts/" + second + "/resolve", processor,
        new JsonObject().put("decision", "extension-back")).status()).isEqualTo(200);

    TestServer.Reply log = server.get(candidatePath + "/events", processor);
    assertThat(log.status()).as(log.body()).isEqualTo(200);
    assertThat(log.json().getJsonArray("alerts").stream().map(JsonObject.class::cast)
        .map(a -> a.getString("kind") + " " + a.getInteger("questionNumber") + " "
            + a.getString("decision") + " " + a.getString("resolvedBy") + " "
            + (a.getString("raisedAt") != null)))
        .containsExactly("QUESTION 1 dismiss invigilator true",
            "EXTENSION null extension-back traitement@certamen.example true");
  }

  @EveryStore
  void theStaffLoginRefusesTheEleventhWrongPasswordFromOneAddress() {
    account(BOOTSTRAP, "chef@certamen.example", "admin");
    JsonObject wrong = new JsonObject().put("email", "chef@certamen.example")
        .put("password", "pas le bon mot de passe");
    for (int attempt = 1; attempt <= 10; attempt++) {
      assertProblem(server.post("/api/staff-sessions", null, wrong), 401, "INVALID_CREDENTIALS");
    }
    assertProblem(server.post("/api/staff-sessions", null, wrong), 429, "TOO_MANY_ATTEMPTS");
    assertProblem(server.post("/api/staff-sessions", null, wrong.copy().put("password", PASSWORD)),
        429, "TOO_MANY_ATTEMPTS");
  }

  /** Invites an account, accepts the invitation and logs in: its token. */
  private String account(String by, String email, String role) {
    TestServer.Reply invited = server.post("/api/staff-members", by,
        new JsonObject().put("email", email).put("role", role));
    assertThat(invited.status()).as(invited.body()).isEqualTo(201);
    assertThat(accept(tokenOf(invited.json().getString("link")), PASSWORD).status()).isEqualTo(201);
    return login(email, PASSWORD).json().getString("token");
  }

  private TestServer.Reply accept(String token, String password) {
    return server.post("/api/staff-invitations/acceptance", null,
        new JsonObject().put("token", token).put("password", password));
  }

  private TestServer.Reply login(String email, String password) {
    TestServer.Reply reply = server.post("/api/staff-sessions", null,
        new JsonObject().put("email", email).put("password", password));
    assertThat(reply.status()).as(reply.body()).isIn(201, 401);
    return reply;
  }

  private TestServer.Reply patchRole(String by, String email, String role) {
    return server.send(HttpMethod.PATCH, "/api/staff-members/" + email, by,
        new JsonObject().put("role", role).toBuffer());
  }

  private void finalize(ExamFlow.Planned session) {
    TestServer.Reply finalized = server.post("/api/sessions/" + session.id() + "/finalization",
        session.invigilatorToken(), new JsonObject().put("hasIncident", false));
    assertThat(finalized.status()).as(finalized.body()).isEqualTo(201);
  }

  private String auditPath() {
    return auditPath(server.clock.instant().minusSeconds(60), server.clock.instant());
  }

  private static String auditPath(Instant from, Instant to) {
    return "/api/staff-audit?from=" + from + "&to=" + to;
  }

  private static String tokenOf(String link) {
    return link.substring(link.indexOf("#invitation=") + "#invitation=".length());
  }
}

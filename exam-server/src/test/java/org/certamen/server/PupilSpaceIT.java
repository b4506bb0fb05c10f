package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certamen.server.ErrorPathsIT.assertProblem;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.certamen.engine.Outcome;
import org.certamen.server.CampaignFlow.Answering;
import org.certamen.server.roster.domain.Pupil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The pupil space over HTTP, on every store: accounts, participations, sendings, profiles. */
class PupilSpaceIT {
  /** Set by {@link EveryStore} before each run. */
  TestStores.Factory stores;

  private TestServer server;
  private CampaignFlow flow;
  private CentreFlow.LoggedIn teacher;
  private Pupil zoe;

  @BeforeEach
  void start() {
    server = new TestServer(stores, ServerConfig.defaults(TestServer.STAFF_TOKEN),
        CampaignFlow.DEMO);
    flow = new CampaignFlow(server);
    teacher = new CentreFlow(server).centre("Collège Jean Moulin");
    zoe = flow.pupil(teacher.centreId(), "Lefèvre-Dupont", "Zoé", "2013-03-04", "5A");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @EveryStore
  void aPupilCreatesTheirAccountFromTheRosterAndLogsInWithTheProposedIdentifier() {
    String code = flow.collection(teacher, false).getString("code");
    JsonObject created = server.post("/api/pupil-accounts", null, new JsonObject()
        .put("campaignCode", code.toLowerCase().substring(0, 4) + " " + code.substring(4))
        .put("lastName", " LEFEVRE dupont ").put("firstName", "zoe")
        .put("birthdate", "2013-03-04").put("password", CampaignFlow.PASSWORD)).json();
    assertThat(created.getString("identifier")).isEqualTo("zoe.lefevredupont0403");
    assertThat(created.getString("token")).startsWith("pupil-");

    Pupil namesake = flow.pupil(teacher.centreId(), "Lefevre Dupont", "Zoe", "2011-03-04", "3B");
    assertThat(flow.account(code, namesake).getString("identifier"))
        .isEqualTo("zoe.lefevredupont0403-2");

    TestServer.Reply login = server.post("/api/pupil-sessions", null, new JsonObject()
        .put("identifier", "Zoe.LefevreDupont0403").put("password", CampaignFlow.PASSWORD));
    assertThat(login.status()).as(login.body()).isEqualTo(201);
    assertThat(login.json().getBoolean("mustChangePassword")).isFalse();
    JsonObject me = server.get("/api/me/pupil", login.json().getString("token")).json();
    assertThat(me.getString("division")).isEqualTo("5A");
    assertThat(me.getString("identifier")).isEqualTo("zoe.lefevredupont0403");
    assertThat(Await.result(server.store.pupilAccounts().find("zoe.lefevredupont0403"))
        .orElseThrow().passwordHash()).startsWith("$pbkdf2-sha256$")
        .doesNotContain(CampaignFlow.PASSWORD);
  }

  @EveryStore
  void refusesUnknownCodesIdentitiesAndSecondAccountsInFrench() {
    String code = flow.collection(teacher, false).getString("code");
    JsonObject body = new JsonObject().put("campaignCode", code).put("lastName", "Lefèvre-Dupont")
        .put("firstName", "Zoé").put("birthdate", "2013-03-04").put("password", "court");
    assertProblem(server.post("/api/pupil-accounts", null, body), 400, "WEAK_PASSWORD");
    body.put("password", CampaignFlow.PASSWORD);
    TestServer.Reply wrongCode = server.post("/api/pupil-accounts", null,
        body.copy().put("campaignCode", "AAAAAAAAA"));
    assertProblem(wrongCode, 404, "CAMPAIGN_NOT_FOUND");
    assertThat(wrongCode.json().getString("detail")).contains("code");
    TestServer.Reply unknown = server.post("/api/pupil-accounts", null,
        body.copy().put("birthdate", "2013-03-05"));
    assertProblem(unknown, 404, "PUPIL_NOT_FOUND");
    assertThat(unknown.json().getString("detail")).contains("date de naissance");
    Pupil twin = new Pupil("twin", teacher.centreId(), null, "Lefevre Dupont", "Zoe",
        zoe.birthdate(), "5B", true, null, null);
    Await.result(server.store.pupils().saveAll(teacher.centreId(), List.of(twin)));
    assertProblem(server.post("/api/pupil-accounts", null, body), 409, "PUPIL_AMBIGUOUS");
    Await.result(server.store.pupils().saveAll(teacher.centreId(),
        List.of(twin.deactivated(server.clock.instant()))));
    assertThat(Await.result(server.store.pupilAccounts().findByPupil(teacher.centreId(),
        zoe.id()))).as("refusals change nothing").isEmpty();

    assertThat(server.post("/api/pupil-accounts", null, body).status()).isEqualTo(201);
    assertProblem(server.post("/api/pupil-accounts", null, body), 409, "ACCOUNT_EXISTS");
    assertProblem(server.post("/api/pupil-sessions", null, new JsonObject()
        .put("identifier", "zoe.lefevredupont0403").put("password", "mauvais-mot")),
        403, "WRONG_CREDENTIALS");
    assertProblem(server.post("/api/pupil-sessions", null, new JsonObject()
        .put("identifier", "personne.inconnue0101").put("password", "mauvais-mot")),
        403, "WRONG_CREDENTIALS");
  }

  @EveryStore
  void wrongPasswordsAreRateLimitedPerIdentifier() {
    flow.account(flow.collection(teacher, false).getString("code"), zoe);
    JsonObject wrong = new JsonObject().put("identifier", "zoe.lefevredupont0403")
        .put("password", "mauvais-mot");
    for (int i = 0; i < 10; i++) {
      assertProblem(server.post("/api/pupil-sessions", null, wrong), 403, "WRONG_CREDENTIALS");
    }
    TestServer.Reply blocked = server.post("/api/pupil-sessions", null,
        wrong.copy().put("password", CampaignFlow.PASSWORD));
    assertProblem(blocked, 429, "TOO_MANY_ATTEMPTS");
    assertThat(blocked.json().getString("detail")).contains("attendez");
    flow.advance(Duration.ofMinutes(6));
    assertThat(server.post("/api/pupil-sessions", null,
        wrong.copy().put("password", CampaignFlow.PASSWORD)).status()).isEqualTo(201);
  }

  @EveryStore
  void wrongCodesAndIdentitiesAreRateLimitedPerAddressWhileGoodOnesPass() {
    String code = flow.collection(teacher, false).getString("code");
    JsonObject unknown = new JsonObject().put("campaignCode", code).put("lastName", "Inconnu")
        .put("firstName", "Personne").put("birthdate", "2013-01-01")
        .put("password", CampaignFlow.PASSWORD);
    for (int i = 0; i < 5; i++) {
      assertProblem(server.post("/api/pupil-accounts", null, unknown), 404, "PUPIL_NOT_FOUND");
      assertProblem(server.post("/api/pupil-accounts", null,
          unknown.copy().put("campaignCode", "AAAAAAAAA")), 404, "CAMPAIGN_NOT_FOUND");
    }
    TestServer.Reply blocked = server.post("/api/pupil-accounts", null, unknown.copy()
        .put("lastName", zoe.lastName()).put("firstName", zoe.firstName())
        .put("birthdate", zoe.birthdate().toString()));
    assertProblem(blocked, 429, "TOO_MANY_ATTEMPTS");
    assertThat(Await.result(server.store.pupilAccounts().findByPupil(teacher.centreId(),
        zoe.id()))).isEmpty();
  }

  @EveryStore
  void twoAnswersSentAtOnceToOneQuestionAreRecordedOnce() {
    String code = flow.assessment(teacher, "clg-rentree-5e", false).getString("code");
    String token = flow.account(code, zoe).getString("token");
    JsonObject joined = flow.join(token, code);
    String questionId = joined.getJsonObject("question").getString("id");
    List<TestServer.Reply> replies = server.postAll("/api/me/participations/"
        + joined.getString("id") + "/answers", token, List.of(
            new JsonObject().put("questionId", questionId).put("skipped", true),
            new JsonObject().put("questionId", questionId).put("skipped", true),
            new JsonObject().put("questionId", questionId).put("skipped", true)));
    assertThat(replies.stream().map(TestServer.Reply::status)).containsOnly(200, 409)
        .containsOnlyOnce(200);
    assertThat(flow.participation(token, joined.getString("id")).getInteger("answered"))
        .isEqualTo(1);
  }

  @EveryStore
  void aPupilStopsAnAssessmentAndResumesItWhereTheyLeftIt() {
    String code = flow.assessment(teacher, "clg-rentree-5e", false).getString("code");
    String token = flow.account(code, zoe).getString("token");
    JsonObject joined = flow.join(token, code);
    assertThat(joined.getString("status")).isEqualTo("STARTED");
    assertThat(joined.getJsonObject("campaign").getString("parcoursName"))
        .isEqualTo("[CLG] Parcours de rentrée 5e");
    JsonObject question = joined.getJsonObject("question");
    assertThat(question.fieldNames()).contains("id", "type", "instruction", "proposals")
        .doesNotContain("solution", "skill", "tube", "difficulty");
    String itemId = CampaignFlow.itemId(question.getString("id"));
    assertThat(question.getString("id")).doesNotContain(itemId);
    assertThat(server.replies().stream().map(TestServer.Reply::body))
        .noneMatch(body -> body.contains(itemId));

    JsonObject second = flow.answer(token, joined, Answering.WRONGLY);
    JsonObject third = flow.answer(token, second, Answering.SKIPPING);
    assertProblem(server.post("/api/me/participations/" + joined.getString("id") + "/answers",
        token, new JsonObject().put("questionId", question.getString("id")).put("value", "1")),
        409, "STALE_QUESTION");
    assertProblem(server.post("/api/me/participations/" + joined.getString("id") + "/sending",
        token, null), 409, "NOT_FINISHED");

    String again = flow.login("zoe.lefevredupont0403");
    JsonObject resumed = flow.participation(again, joined.getString("id"));
    assertThat(resumed.getJsonObject("question")).isEqualTo(third.getJsonObject("question"));
    assertThat(resumed.getInteger("answered")).isEqualTo(2);
    assertThat(flow.join(again, code).getString("id")).as("joining again resumes")
        .isEqualTo(joined.getString("id"));
    JsonArray mine = new JsonArray(server.get("/api/me/participations", again).body());
    assertThat(mine).hasSize(1);

    JsonObject over = flow.answerAll(again, resumed, Answering.CORRECTLY);
    assertThat(over.getString("statusLabel")).isEqualTo("En attente d'envoi");
    assertThat(over.containsKey("question")).isFalse();
    JsonObject sent = flow.send(again, over.getString("id"));
    assertThat(sent.getString("status")).isEqualTo("SHARED");
    assertThat(sent.getJsonObject("results").getDouble("masteryRate")).isBetween(0.0, 1.0);
    assertThat(sent.containsKey("replayFrom")).isFalse();
    assertProblem(server.post("/api/me/participations/" + over.getString("id") + "/sending",
        again, null), 409, "ALREADY_SHARED");
    assertProblem(server.post("/api/me/participations/" + over.getString("id") + "/replay",
        again, null), 409, "REPLAY_NOT_ALLOWED");
  }

  @EveryStore
  void fourDaysAfterSendingAPupilReplaysOnlyTheQuestionsFailedOrSkippedAndTheLatestSendingCounts() {
    JsonObject campaign = flow.assessment(teacher, "clg-rentree-5e", true);
    String code = campaign.getString("code");
    String token = flow.account(code, zoe).getString("token");
    JsonObject state = flow.join(token, code);
    Set<String> failedOrSkipped = new HashSet<>();
    Answering[] turns = {Answering.WRONGLY, Answering.SKIPPING, Answering.CORRECTLY};
    for (int n = 0; state.getJsonObject("question") != null; n++) {
      Answering how = turns[n % 3];
      if (how != Answering.CORRECTLY) {
        failedOrSkipped.add(CampaignFlow.itemId(state.getJsonObject("question").getString("id")));
      }
      state = flow.answer(token, state, how);
    }
    String id = state.getString("id");
    double firstRate = flow.send(token, id).getJsonObject("results").getDouble("masteryRate");
    assertThat(firstRate).isLessThan(1.0);

    flow.advance(Duration.ofDays(4).minusMinutes(1));
    token = flow.login("zoe.lefevredupont0403");
    TestServer.Reply early = server.post("/api/me/participations/" + id + "/replay", token, null);
    assertProblem(early, 409, "REPLAY_NOT_YET");
    assertThat(early.json().getString("detail")).contains("02/12/2026");
    flow.advance(Duration.ofMinutes(1));
    TestServer.Reply replayed = server.post("/api/me/participations/" + id + "/replay", token,
        null);
    assertThat(replayed.status()).as(replayed.body()).isEqualTo(200);
    JsonObject again = replayed.json();
    assertThat(again.getString("status")).isEqualTo("STARTED");
    assertThat(again.getJsonObject("results").getDouble("masteryRate"))
        .as("the last sending still shows").isEqualTo(firstRate);

    int asked = 0;
    while (again.getJsonObject("question") != null) {
      assertThat(CampaignFlow.itemId(again.getJsonObject("question").getString("id")))
          .isIn(failedOrSkipped);
      again = flow.answer(token, again, Answering.CORRECTLY);
      asked++;
    }
    assertThat(asked).isPositive();
    JsonObject second = flow.send(token, id);
    assertThat(second.getInteger("sendings")).isEqualTo(2);
    assertThat(second.getJsonObject("results").getDouble("masteryRate")).isGreaterThan(firstRate);
    teacher = new CentreFlow(server).login(teacher.email(), CentreFlow.PASSWORD);
    JsonObject results = server.get("/api/campaigns/" + campaign.getString("id") + "/results",
        teacher.token()).json();
    assertThat(results.getJsonArray("participants").getJsonObject(0).getDouble("masteryRate"))
        .as("the most recent sending counts")
        .isEqualTo(second.getJsonObject("results").getDouble("masteryRate"));
    assertThat(Await.result(server.store.participations().ofCampaign(campaign.getString("id")))
        .get(0).everyAnswer()).anyMatch(a -> a.outcome() == Outcome.SKIPPED);
  }

  @EveryStore
  void aProfileCollectionKeepsEverySnapshotAndTheRosterFollowsTheLatest() {
    String assessment = flow.assessment(teacher, "clg-rentree-5e", false).getString("code");
    JsonObject collection = flow.collection(teacher, true);
    String code = collection.getString("code");
    String token = flow.account(code, zoe).getString("token");
    Pupil silent = flow.pupil(teacher.centreId(), "Petit", "Inès", "2013-07-08", "5A");
    String silentToken = flow.account(code, silent).getString("token");
    flow.join(silentToken, code);

    JsonObject joined = flow.join(token, code);
    assertThat(joined.getString("status")).isEqualTo("TO_SHARE");
    assertThat(joined.containsKey("question")).isFalse();
    JsonObject first = flow.send(token, joined.getString("id"));
    assertThat(first.getJsonObject("results").getBoolean("certifiable")).isFalse();
    assertThat(inSchoolList(zoe).getString("status")).isEqualTo("NOT_CERTIFIABLE");

    JsonObject done = flow.answerAll(token, flow.join(token, assessment), Answering.CORRECTLY);
    flow.send(token, done.getString("id"));
    JsonObject profile = server.get("/api/me/profile", token).json();
    assertThat(profile.getJsonObject("competences").fieldNames()).hasSize(16);
    assertThat(profile.getJsonObject("competences").getJsonObject("4.1").getInteger("level"))
        .isPositive();
    assertThat(profile.getBoolean("certifiable")).isTrue();
    assertThat(inSchoolList(zoe).getString("status"))
        .as("an assessment's sending records the recomputed profile too")
        .isEqualTo("CERTIFIABLE");

    flow.advance(Duration.ofDays(1));
    token = flow.login("zoe.lefevredupont0403");
    JsonObject second = flow.send(token, joined.getString("id"));
    assertThat(second.getInteger("sendings")).isEqualTo(2);
    assertThat(second.getJsonObject("results").getBoolean("certifiable")).isTrue();
    Pupil recorded = pupil(zoe);
    assertThat(recorded.profile().source()).isEqualTo("campaign:" + collection.getString("id"));
    assertThat(recorded.profile().sharedAt()).isEqualTo(server.clock.instant());
    teacher = new CentreFlow(server).login(teacher.email(), CentreFlow.PASSWORD);
    assertThat(inSchoolList(zoe).getString("since")).as("the latest profile sent decides")
        .isEqualTo(server.clock.instant().toString());

    TestServer.Download csv = server.download("/api/campaigns/" + collection.getString("id")
        + "/profiles.csv", teacher.token());
    assertThat(csv.status()).isEqualTo(200);
    List<String> lines = List.of(csv.text().split("\r\n"));
    assertThat(lines.get(0)).as("every field quoted").startsWith("\uFEFF\"Nom\";\"Prénom\";"
        + "\"Classe\";\"Envoi (Oui/Non)\";\"Date d'envoi\";\"Nombre de pix total\";"
        + "\"Certifiable (O/N)\";\"Pix 1.1\";\"Niveau 1.1\";\"Pix 1.2\"");
    assertThat(lines).hasSize(4);
    String zoe = "\"Lefèvre-Dupont\";\"Zoé\";\"5A\";\"Oui\";";
    assertThat(lines).filteredOn(l -> l.startsWith(zoe + "\"28/11/2026\";\"0\";\"N\";\"0\";\"0\""))
        .hasSize(1);
    assertThat(lines).filteredOn(l -> l.startsWith(zoe + "\"29/11/2026\";")
        && l.contains(";\"O\";")).hasSize(1);
    assertThat(lines).anySatisfy(l -> assertThat(l)
        .startsWith("\"Petit\";\"Inès\";\"5A\";\"Non\";\"NA\";\"NA\";\"NA\";\"NA\";\"NA\""));
    assertProblem(server.get("/api/campaigns/" + collection.getString("id") + "/results",
        teacher.token()), 409, "NOT_AN_ASSESSMENT");
  }

  @EveryStore
  void joiningNeedsACodeOfThePupilsOwnSchool() {
    String code = flow.collection(teacher, false).getString("code");
    String token = flow.account(code, zoe).getString("token");
    assertProblem(server.post("/api/me/participations", token,
        new JsonObject().put("campaignCode", "AAAAAAAAA")), 404, "CAMPAIGN_NOT_FOUND");
    CentreFlow.LoggedIn other = new CentreFlow(server).centre("Lycée Voltaire");
    String elsewhere = flow.collection(other, false).getString("code");
    assertProblem(server.post("/api/me/participations", token,
        new JsonObject().put("campaignCode", elsewhere)), 403, "CAMPAIGN_OF_ANOTHER_SCHOOL");
    assertProblem(server.get("/api/me/participations/inconnue", token), 404,
        "PARTICIPATION_NOT_FOUND");
    assertThat(server.get("/api/me/participations", token).body()).isEqualTo("[]");
    assertProblem(server.get("/api/me/participations", "pupil-inconnu"), 401, "INVALID_TOKEN");
  }

  @EveryStore
  void theSchoolPrintsOneTimePasswordsThatPupilsReplaceAtTheirFirstLogin() throws IOException {
    Pupil lea = flow.pupil(teacher.centreId(), "Martin", "Léa", "2013-01-02", "5A");
    flow.pupil(teacher.centreId(), "Durand", "Tom", "2013-05-06", "5B");
    TestServer.Download pdf = server.download(HttpMethod.POST,
        teacher.path() + "/pupil-credentials.pdf?division=5A", teacher.token());
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.contentType()).isEqualTo("application/pdf");
    String text;
    try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
      text = new PDFTextStripper().getText(document);
    }
    assertThat(text).contains("Martin", "Lefèvre-Dupont", "zoe.lefevredupont0403",
        "lea.martin0201").doesNotContain("Durand");
    Matcher line = Pattern.compile("lea\\.martin0201 ([a-z2-9]{10})").matcher(text);
    assertThat(line.find()).as(text).isTrue();

    TestServer.Reply login = server.post("/api/pupil-sessions", null, new JsonObject()
        .put("identifier", "lea.martin0201").put("password", line.group(1)));
    assertThat(login.status()).as(login.body()).isEqualTo(201);
    assertThat(login.json().getBoolean("mustChangePassword")).isTrue();
    String token = login.json().getString("token");
    assertProblem(server.get("/api/me/participations", token), 403, "PASSWORD_CHANGE_REQUIRED");
    assertProblem(server.post("/api/me/password", token, new JsonObject().put("password", "court")),
        400, "WEAK_PASSWORD");
    assertThat(server.post("/api/me/password", token,
        new JsonObject().put("password", CampaignFlow.PASSWORD)).status()).isEqualTo(200);
    assertThat(server.get("/api/me/participations", token).status()).isEqualTo(200);
    assertThat(server.post("/api/pupil-sessions", null, new JsonObject()
        .put("identifier", "lea.martin0201").put("password", line.group(1))).status())
        .as("the printed password works once only").isEqualTo(403);
    assertThat(lea.division()).isEqualTo("5A");

    assertProblem(server.post(teacher.path() + "/pupil-credentials.pdf?division=6Z",
        teacher.token(), null), 404, "DIVISION_NOT_FOUND");
    assertProblem(server.post(teacher.path() + "/pupil-credentials.pdf", teacher.token(), null),
        400, "INVALID_PARAMETER");
    CentreFlow.LoggedIn other = new CentreFlow(server).centre("Lycée Voltaire");
    assertProblem(server.post(teacher.path() + "/pupil-credentials.pdf?division=5A",
        other.token(), null), 403, "FORBIDDEN_SCOPE");
  }

  /** The pupil's certifiability in the school's pupil list. */
  private JsonObject inSchoolList(Pupil pupil) {
    TestServer.Reply list = server.get(teacher.path() + "/pupils", teacher.token());
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    return list.json().getJsonArray("pupils").stream().map(JsonObject.class::cast)
        .filter(p -> p.getString("id").equals(pupil.id())).findFirst().orElseThrow()
        .getJsonObject("certifiability");
  }

  private Pupil pupil(Pupil pupil) {
    return Await.result(server.store.pupils().find(pupil.centreId(), pupil.id())).orElseThrow();
  }
}

package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certamen.server.ErrorPathsIT.assertProblem;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.certamen.server.CampaignFlow.Answering;
import org.certamen.server.roster.domain.Pupil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Schools' campaigns and the parcours catalogue, over HTTP, on every store. */
class CampaignsIT {
  /** Set by {@link EveryStore} before each run. */
  TestStores.Factory stores;

  private TestServer server;
  private CampaignFlow flow;
  private CentreFlow.LoggedIn teacher;

  @BeforeEach
  void start() {
    server = new TestServer(stores, ServerConfig.defaults(TestServer.STAFF_TOKEN),
        CampaignFlow.DEMO);
    flow = new CampaignFlow(server);
    teacher = new CentreFlow(server).centre("Collège Jean Moulin");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @EveryStore
  void theCatalogueIsSearchableByNameAndFilterableByCategory() {
    JsonArray all = new JsonArray(server.get("/api/parcours", null).body());
    assertThat(all.size()).isGreaterThanOrEqualTo(6);
    JsonObject fifth = all.stream().map(JsonObject.class::cast)
        .filter(p -> p.getString("id").equals("clg-rentree-5e")).findFirst().orElseThrow();
    assertThat(fifth.getString("name")).isEqualTo("[CLG] Parcours de rentrée 5e");
    assertThat(fifth.getJsonArray("subjects")).hasSize(10);
    assertThat(fifth.getJsonArray("subjects").getJsonObject(0).fieldNames())
        .containsExactlyInAnyOrder("tube", "competence", "targetLevel");

    JsonArray named = new JsonArray(server.get("/api/parcours?name=RENTREE%205E", null).body());
    assertThat(named.stream().map(p -> ((JsonObject) p).getString("id")))
        .containsExactly("clg-rentree-5e");
    String category = fifth.getString("category");
    JsonArray inCategory = new JsonArray(server.get("/api/parcours?category="
        + URLEncoder.encode(category, StandardCharsets.UTF_8), null).body());
    assertThat(inCategory.size()).isBetween(1, all.size() - 1);
    assertThat(inCategory.stream().map(p -> ((JsonObject) p).getString("category")))
        .containsOnly(category);
    assertThat(server.get("/api/parcours/clg-rentree-5e", null).json().getString("description"))
        .isNotBlank();
    assertProblem(server.get("/api/parcours/inconnu", null), 404, "PARCOURS_NOT_FOUND");
  }

  @EveryStore
  void aMemberCreatesCampaignsWithUnambiguousUniqueCodesShownInTheList() {
    JsonObject assessment = flow.assessment(teacher, "clg-rentree-5e", false);
    JsonObject collection = flow.collection(teacher, true);
    assertThat(assessment.getString("code")).matches("[A-HJKMNP-Z2-9]{9}")
        .isNotEqualTo(collection.getString("code"));
    assertThat(assessment.getString("objective")).isEqualTo("ASSESSMENT");
    assertThat(assessment.getString("title")).isEqualTo("Évaluation de rentrée");
    assertThat(collection.getString("parcoursId")).isNull();
    assertThat(collection.getBoolean("multipleSendings")).isTrue();

    JsonArray listed = new JsonArray(server.get(teacher.path() + "/campaigns", teacher.token())
        .body());
    assertThat(listed.stream().map(c -> ((JsonObject) c).getString("code")))
        .containsExactly(assessment.getString("code"), collection.getString("code"));
    JsonObject read = server.get("/api/campaigns/" + assessment.getString("id"), teacher.token())
        .json();
    assertThat(read.getString("code")).isEqualTo(assessment.getString("code"));
    assertThat(read.getJsonObject("parcours").getString("id")).isEqualTo("clg-rentree-5e");
  }

  @EveryStore
  void refusesBadCampaignsAndChangesNothing() {
    String path = teacher.path() + "/campaigns";
    assertProblem(server.post(path, teacher.token(), new JsonObject().put("name", "Sans parcours")
        .put("objective", "ASSESSMENT")), 400, "INVALID_FIELD");
    assertProblem(server.post(path, teacher.token(), new JsonObject().put("name", "Inconnu")
        .put("objective", "ASSESSMENT").put("parcoursId", "inconnu")), 400, "UNKNOWN_PARCOURS");
    assertProblem(server.post(path, teacher.token(), new JsonObject().put("name", "Collecte")
        .put("objective", "PROFILES_COLLECTION").put("parcoursId", "clg-rentree-5e")),
        400, "INVALID_FIELD");
    assertProblem(server.post(path, teacher.token(), new JsonObject().put("name", "X")
        .put("objective", "AUTRE")), 400, "INVALID_FIELD");
    TestServer.Reply refused = server.post(path, teacher.token(), new JsonObject()
        .put("name", " ").put("objective", "PROFILES_COLLECTION"));
    assertProblem(refused, 400, "INVALID_FIELD");
    assertThat(server.get(path, teacher.token()).body()).isEqualTo("[]");
  }

  @EveryStore
  void aCampaignIsForItsCentreOnly() {
    JsonObject campaign = flow.collection(teacher, false);
    String id = campaign.getString("id");
    CentreFlow.LoggedIn other = new CentreFlow(server).centre("Lycée Voltaire");
    assertProblem(server.get("/api/campaigns/" + id, other.token()), 403, "FORBIDDEN_SCOPE");
    assertProblem(server.get("/api/campaigns/" + id + "/activity", other.token()), 403,
        "FORBIDDEN_SCOPE");
    assertProblem(server.get("/api/campaigns/" + id + "/profiles.csv", other.token()), 403,
        "FORBIDDEN_SCOPE");
    assertProblem(server.get(teacher.path() + "/campaigns", other.token()), 403,
        "FORBIDDEN_SCOPE");
    assertProblem(server.post(teacher.path() + "/campaigns", other.token(), new JsonObject()
        .put("name", "Intrus").put("objective", "PROFILES_COLLECTION")), 403, "FORBIDDEN_SCOPE");
    assertProblem(server.get("/api/campaigns/" + id, null), 401, "MISSING_TOKEN");
    assertProblem(server.get("/api/campaigns/inconnue", teacher.token()), 404,
        "CAMPAIGN_NOT_FOUND");

    Pupil zoe = flow.pupil(teacher.centreId(), "Lefèvre", "Zoé", "2013-03-04", "5A");
    String pupilToken = flow.account(campaign.getString("code"), zoe).getString("token");
    assertProblem(server.get("/api/campaigns/" + id, pupilToken), 403, "FORBIDDEN_SCOPE");
    assertProblem(server.get("/api/campaigns/" + id + "/activity", pupilToken), 403,
        "FORBIDDEN_SCOPE");
    assertProblem(server.get(teacher.path() + "/campaigns", pupilToken), 403, "FORBIDDEN_SCOPE");
    assertProblem(server.get("/api/me/profile", teacher.token()), 403, "FORBIDDEN_SCOPE");
    assertProblem(server.get("/api/me/participations", TestServer.STAFF_TOKEN), 403,
        "FORBIDDEN_SCOPE");
  }

  @EveryStore
  void assessmentResultsAnalysisAndExportsReadTheLatestSendings() {
    JsonObject campaign = flow.assessment(teacher, "clg-rentree-5e", false);
    String code = campaign.getString("code");
    String id = campaign.getString("id");
    Pupil good = flow.pupil(teacher.centreId(), "Martin", "Léa", "2013-01-02", "5A");
    Pupil weak = flow.pupil(teacher.centreId(), "=Durand", "Tom", "2013-05-06", "5B");
    Pupil halfway = flow.pupil(teacher.centreId(), "Petit", "Inès", "2013-07-08", "5A");
    String goodToken = flow.account(code, good).getString("token");
    String weakToken = flow.account(code, weak).getString("token");
    String halfwayToken = flow.account(code, halfway).getString("token");

    JsonObject sent = flow.answerAll(goodToken, flow.join(goodToken, code), Answering.CORRECTLY);
    flow.send(goodToken, sent.getString("id"));
    JsonObject failed = flow.answerAll(weakToken, flow.join(weakToken, code), Answering.WRONGLY);
    flow.send(weakToken, failed.getString("id"));
    JsonObject started = flow.join(halfwayToken, code);
    flow.answer(halfwayToken, started, Answering.CORRECTLY);

    JsonObject activity = server.get("/api/campaigns/" + id + "/activity", teacher.token()).json();
    assertThat(activity.getJsonObject("counts").getMap())
        .containsEntry("STARTED", 1).containsEntry("TO_SHARE", 0).containsEntry("SHARED", 2);
    assertThat(activity.getJsonArray("participants")).hasSize(3);
    JsonObject filtered = server.get("/api/campaigns/" + id + "/activity?status=SHARED&division=5A",
        teacher.token()).json();
    assertThat(filtered.getJsonArray("participants")).hasSize(1);
    assertThat(filtered.getJsonArray("participants").getJsonObject(0).getString("statusLabel"))
        .isEqualTo("Résultats reçus");
    assertThat(server.get("/api/campaigns/" + id + "/activity?name=petit", teacher.token()).json()
        .getJsonArray("participants").getJsonObject(0).getString("statusLabel"))
        .isEqualTo("En cours");

    JsonObject results = server.get("/api/campaigns/" + id + "/results", teacher.token()).json();
    assertThat(results.getInteger("sent")).isEqualTo(2);
    JsonArray participants = results.getJsonArray("participants");
    JsonObject best = participants.stream().map(JsonObject.class::cast)
        .filter(p -> p.getString("lastName").equals("Martin")).findFirst().orElseThrow();
    JsonObject worst = participants.stream().map(JsonObject.class::cast)
        .filter(p -> p.getString("lastName").equals("=Durand")).findFirst().orElseThrow();
    assertThat(best.getDouble("masteryRate")).isEqualTo(1.0);
    assertThat(best.getInteger("tier")).isEqualTo(4);
    assertThat(best.getString("tierLabel")).isEqualTo("très bonne maîtrise");
    assertThat(worst.getDouble("masteryRate")).isEqualTo(0.0);
    assertThat(worst.getInteger("tier")).isEqualTo(1);
    assertThat(results.getJsonArray("tiers").stream().map(t -> ((JsonObject) t).getInteger("count")))
        .containsExactly(1, 0, 0, 1);
    JsonObject tierFour = server.get("/api/campaigns/" + id + "/results?tier=4", teacher.token())
        .json();
    assertThat(tierFour.getJsonArray("participants")).hasSize(1);
    assertProblem(server.get("/api/campaigns/" + id + "/results?tier=5", teacher.token()), 400,
        "INVALID_PARAMETER");

    JsonObject analysis = server.get("/api/campaigns/" + id + "/analysis", teacher.token()).json();
    assertThat(analysis.getInteger("participants")).isEqualTo(2);
    assertThat(analysis.getJsonArray("subjects")).hasSize(10);
    assertThat(analysis.getJsonArray("subjects").getJsonObject(0).getDouble("masteryRate"))
        .isEqualTo(0.5);
    assertThat(analysis.getJsonArray("competences").getJsonObject(0).getString("name"))
        .isNotBlank();

    TestServer.Download csv = server.download("/api/campaigns/" + id + "/results.csv",
        teacher.token());
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    String text = csv.text();
    assertThat(text).as("every field quoted").startsWith("\uFEFF\"Nom\";\"Prénom\";\"Classe\";"
        + "\"Statut\";\"Date d'envoi\";\"Taux de maîtrise (%)\";\"Palier\";"
        + "\"Niveau atteint 1.1 navigateurRecherche (cible 3)\"");
    List<String> lines = List.of(text.substring(1).split("\r\n"));
    assertThat(lines).hasSize(4);
    assertThat(lines).anySatisfy(line -> assertThat(line)
        .startsWith("\"Martin\";\"Léa\";\"5A\";\"Résultats reçus\";\"28/11/2026\";"
            + "\"100\";\"4\";\"3\";"));
    assertThat(lines).as("a formula is never run").anySatisfy(line -> assertThat(line)
        .startsWith("\"'=Durand\";\"Tom\";\"5B\";\"Résultats reçus\";\"28/11/2026\";"
            + "\"0\";\"1\";\"0\";"));
    assertThat(lines).anySatisfy(line -> assertThat(line)
        .startsWith("\"Petit\";\"Inès\";\"5A\";\"En cours\";\"\";\"NA\";\"NA\";\"NA\""));
    assertProblem(server.get("/api/campaigns/" + id + "/profiles.csv", teacher.token()), 409,
        "NOT_A_PROFILES_COLLECTION");
  }
}

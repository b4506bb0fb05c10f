package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certamen.server.ErrorPathsIT.assertProblem;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.certamen.server.results.Csv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A school's published results over two school years, for its administrators: the list and its
 * filters, a class's or a pupil's results file and attestations, the record systems' export.
 */
class SchoolResultsIT {
  /** Set by {@link EveryStore} before each run. */
  TestStores.Factory stores;

  private TestServer server;
  private CentreFlow centres;
  private CentreFlow.LoggedIn admin;
  private CentreFlow.LoggedIn member;
  private String lastYear;
  private String thisYear;
  private String zoe;

  @BeforeEach
  void publishTwoYearsOfSessions() {
    server = new TestServer(stores);
    centres = new CentreFlow(server);
    admin = centres.centre("Collège Jean Moulin");
    TestServer.Reply invited = server.post(admin.path() + "/invitations", admin.token(),
        new JsonObject().put("email", "prof@college.example").put("role", "MEMBER"));
    centres.accept(invited.json().getString("link"), CentreFlow.PASSWORD);
    member = centres.login("prof@college.example", CentreFlow.PASSWORD);

    JsonObject first = plan("2026-11-30");
    lastYear = first.getString("id");
    zoe = sit(first, "Lefèvre", "Zoé", "3e A", "111111111AA");
    sit(first, "Martin", "Léo", "3e B", "222222222BB");
    centres.enrol(admin, lastYear, pupil("Petit", "Inès", "3e A", "333333333CC"));
    publish(first);

    JsonObject second = plan("2027-09-15");
    thisYear = second.getString("id");
    sit(second, "Durand", "Noé", "3e A", "444444444DD");
    publish(second);
    // Planned, never finalised: not a result.
    centres.enrol(admin, plan("2027-10-01").getString("id"),
        pupil("Roux", "Ada", "3e A", "555555555EE"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @EveryStore
  void listsPublishedResultsFilteredBySchoolYearClassAndSession() {
    JsonObject all = results("");
    assertThat(all.getJsonArray("years").getList()).containsExactly("2027-2028", "2026-2027");
    assertThat(names(all)).containsExactlyInAnyOrder("Durand", "Lefèvre", "Martin", "Petit");

    JsonObject year = results("?year=2026-2027");
    assertThat(names(year)).containsExactlyInAnyOrder("Lefèvre", "Martin", "Petit");
    assertThat(year.getJsonArray("divisions").getList()).containsExactly("3e A", "3e B");
    assertThat(year.getJsonArray("sessions")).hasSize(1);
    assertThat(year.getJsonArray("sessions").getJsonObject(0).getString("id")).isEqualTo(lastYear);
    JsonObject petit = line(year, "Petit");
    assertThat(petit.getString("status")).isEqualTo("absent");
    JsonObject lefevre = line(year, "Lefèvre");
    assertThat(lefevre.getString("status")).isEqualTo("validated");
    assertThat(lefevre.getString("sessionId")).isEqualTo(lastYear);
    assertThat(lefevre.getString("sessionDate")).isEqualTo("2026-11-30");
    assertThat(lefevre.getInteger("score")).isPositive();

    assertThat(names(results("?division=" + encode("3e A"))))
        .containsExactlyInAnyOrder("Lefèvre", "Petit", "Durand");
    assertThat(names(results("?session=" + thisYear))).containsExactly("Durand");
    assertThat(names(results("?year=2027-2028&division=" + encode("3e B")))).isEmpty();
    assertProblem(server.get(admin.path() + "/results?year=2026", admin.token()), 400,
        "INVALID_FIELD");
    assertProblem(server.get(admin.path() + "/results?candidate=" + zoe, admin.token()), 400,
        "INVALID_FIELD");
  }

  @EveryStore
  void downloadsAClassResultsFileAndItsAttestationsAcrossSessions() throws IOException {
    TestServer.Download csv = server.download(admin.path() + "/results.csv?division="
        + encode("3e A"), admin.token());
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).isEqualTo("text/csv; charset=utf-8");
    assertThat(csv.contentDisposition()).isEqualTo("attachment; filename=\"resultats-3e_A.csv\"");
    List<String> lines = csv.text().lines().toList();
    assertThat(lines.get(0)).startsWith("\uFEFF\"N° de certification\";\"Prénom\";\"Nom\";");
    assertThat(lines).hasSize(4);
    assertThat(csv.text()).contains("Lefèvre", "Durand", "Petit", lastYear, thisYear)
        .doesNotContain("Martin");

    TestServer.Download pdf = server.download(admin.path() + "/attestations.pdf?division="
        + encode("3e A"), admin.token());
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.contentType()).isEqualTo("application/pdf");
    try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
      // One page per validated pupil: the absent pupil has none.
      assertThat(document.getNumberOfPages()).isEqualTo(2);
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("Zoé Lefèvre", "Noé Durand", "session n° " + lastYear,
          "session n° " + thisYear);
    }
    assertProblem(server.get(admin.path() + "/attestations.pdf?division=" + encode("3e Z"),
        admin.token()), 409, "NO_ATTESTATION");
  }

  @EveryStore
  void downloadsOnePupilsResultsAndAttestation() throws IOException {
    String pupil = "?session=" + lastYear + "&candidate=" + zoe;
    TestServer.Download csv = server.download(admin.path() + "/results.csv" + pupil, admin.token());
    assertThat(csv.text().lines().toList()).hasSize(2);
    assertThat(csv.text()).contains("Lefèvre").doesNotContain("Petit");
    TestServer.Download pdf = server.download(admin.path() + "/attestations.pdf" + pupil,
        admin.token());
    assertThat(pdf.contentDisposition()).contains(zoe);
    try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      assertThat(new PDFTextStripper().getText(document)).contains("Zoé Lefèvre");
    }
  }

  @EveryStore
  void exportsAClassForTheRecordSystemsAsCsvAndJson() {
    TestServer.Download csv = server.download(admin.path() + "/results-export.csv?division="
        + encode("3e A"), admin.token());
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentDisposition()).contains("export-livret-3e_A.csv");
    List<List<String>> rows = Csv.parse(csv.text());
    assertThat(String.join(";", rows.get(0))).isEqualTo("formatVersion;ine;nom;prenom;dateNaissance;classe;"
        + "dateCertification;score;niveauGlobal;competence1.1;competence1.2;competence1.3;"
        + "competence2.1;competence2.2;competence2.3;competence2.4;competence3.1;competence3.2;"
        + "competence3.3;competence3.4;competence4.1;competence4.2;competence4.3;competence5.1;"
        + "competence5.2;codeVerification");
    // Validated certifications only: the absent pupil is not in it.
    assertThat(rows).hasSize(3);
    List<String> zoeRow = rows.stream().filter(row -> row.contains("Lefèvre")).findFirst()
        .orElseThrow();
    assertThat(zoeRow).hasSize(26);
    assertThat(zoeRow.get(0)).isEqualTo("1");
    assertThat(zoeRow.get(1)).isEqualTo("111111111AA");
    assertThat(zoeRow.get(4)).isEqualTo("2012-03-04");
    assertThat(zoeRow.get(6)).isEqualTo("2026-11-30");
    assertThat(zoeRow.get(25)).startsWith("P-");

    TestServer.Download json = server.download(admin.path() + "/results-export.json?division="
        + encode("3e A"), admin.token());
    assertThat(json.contentType()).isEqualTo("application/json; charset=utf-8");
    JsonObject export = new JsonObject(json.text());
    assertThat(export.getInteger("formatVersion")).isEqualTo(1);
    JsonArray pupils = export.getJsonArray("pupils");
    assertThat(pupils).hasSize(2);
    JsonObject first = pupils.stream().map(JsonObject.class::cast)
        .filter(p -> p.getString("lastName").equals("Lefèvre")).findFirst().orElseThrow();
    assertThat(first.getString("ine")).isEqualTo("111111111AA");
    assertThat(first.getString("certificationDate")).isEqualTo("2026-11-30");
    assertThat(first.getInteger("score")).isEqualTo(Integer.parseInt(zoeRow.get(7)));
    assertThat(first.getJsonObject("competenceLevels").fieldNames()).hasSize(16);
  }

  @EveryStore
  void onlyTheSchoolsAdministratorsSeeItsResults() {
    CentreFlow.LoggedIn other = centres.centre("Lycée Condorcet");
    for (String path : List.of("/results", "/results.csv", "/attestations.pdf",
        "/results-export.csv", "/results-export.json")) {
      assertProblem(server.get(admin.path() + path, member.token()), 403, "ADMINISTRATOR_ONLY");
      assertProblem(server.get(admin.path() + path, null), 401, "MISSING_TOKEN");
      assertProblem(server.get(admin.path() + path, other.token()), 403, "FORBIDDEN_SCOPE");
      assertProblem(server.get(admin.path() + path, TestServer.STAFF_TOKEN), 403,
          "FORBIDDEN_SCOPE");
    }
    // The same holds for a session's own results and documents.
    String session = "/api/sessions/" + lastYear;
    assertProblem(server.get(session + "/results", member.token()), 403, "ADMINISTRATOR_ONLY");
    assertProblem(server.get(session + "/results.csv", member.token()), 403, "ADMINISTRATOR_ONLY");
    assertProblem(server.get(session + "/candidates/" + zoe + "/attestation.pdf", member.token()),
        403, "ADMINISTRATOR_ONLY");
    assertThat(server.get(session + "/results", admin.token()).status()).isEqualTo(200);
    // Members see that results exist: their sessions' stage.
    JsonArray sessions = new JsonArray(server.get(admin.path() + "/sessions", member.token()).body());
    assertThat(sessions.stream().map(s -> ((JsonObject) s).getString("stage")))
        .containsExactly("published", "published", "planned");
  }

  private JsonObject plan(String date) {
    TestServer.Reply planned = server.post(admin.path() + "/sessions", admin.token(),
        new JsonObject().put("address", "1 rue de la Paix, Lyon").put("room", "B12")
            .put("examiner", "Mme Martin").put("date", date).put("time", "09:00"));
    assertThat(planned.status()).as(planned.body()).isEqualTo(201);
    return planned.json();
  }

  private static JsonObject pupil(String lastName, String firstName, String division, String ine) {
    return new JsonObject().put("lastName", lastName).put("firstName", firstName)
        .put("birthdate", "2012-03-04").put("division", division).put("externalId", ine);
  }

  /** Enrols the pupil, who then answers every question right: the candidate id. */
  private String sit(JsonObject session, String lastName, String firstName, String division,
      String ine) {
    String sessionId = session.getString("id");
    centres.enrol(admin, sessionId, pupil(lastName, firstName, division, ine));
    ExamFlow flow = new ExamFlow(server);
    ExamFlow.Planned planned = planned(session);
    ExamFlow.Entered candidate = flow.enter(planned, lastName, firstName, "2012-03-04");
    flow.authorize(planned, candidate);
    flow.answerAll(candidate, flow.start(planned, candidate), TestBank::correctValue);
    return candidate.candidateId();
  }

  private ExamFlow.Planned planned(JsonObject session) {
    TestServer.Reply login = server.post("/api/invigilator-sessions", null, new JsonObject()
        .put("sessionId", session.getString("id"))
        .put("password", session.getString("invigilatorPassword")));
    assertThat(login.status()).as(login.body()).isEqualTo(201);
    return new ExamFlow.Planned(session.getString("id"), session.getString("accessCode"),
        session.getString("invigilatorPassword"), login.json().getString("token"));
  }

  private void publish(JsonObject session) {
    String path = "/api/sessions/" + session.getString("id");
    TestServer.Reply finalized = server.post(path + "/finalization",
        planned(session).invigilatorToken(), new JsonObject());
    assertThat(finalized.status()).as(finalized.body()).isEqualTo(201);
    TestServer.Reply published = server.post(path + "/publication", TestServer.STAFF_TOKEN, null);
    assertThat(published.status()).as(published.body()).isEqualTo(201);
  }

  private JsonObject results(String query) {
    TestServer.Reply reply = server.get(admin.path() + "/results" + query, admin.token());
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  private static JsonObject line(JsonObject results, String lastName) {
    return results.getJsonArray("results").stream().map(JsonObject.class::cast)
        .filter(line -> line.getString("lastName").equals(lastName)).findFirst().orElseThrow();
  }

  private static List<String> names(JsonObject results) {
    return results.getJsonArray("results").stream()
        .map(line -> ((JsonObject) line).getString("lastName")).toList();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}

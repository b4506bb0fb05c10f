package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certamen.server.ErrorPathsIT.assertProblem;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A school's roster over HTTP: imports of its list and of its pupils' profiles, and searches. */
class RosterIT {
  static final String SIECLE = "/imports/examples/ElevesSansAdresses.xml";
  /** The same school two months later: DIALLO, ÉTIENNE and FONTAINE left, NGUYEN and ROUSSEAU came. */
  static final String SIECLE_JANUARY = "/imports/examples/ElevesSansAdresses-janvier.xml";
  static final String EXAMPLE_UAI = "0219999E";

  /** Set by {@link EveryStore} before each run. */
  TestStores.Factory stores;

  private TestServer server;
  private CentreFlow.LoggedIn school;

  @BeforeEach
  void start() {
    server = new TestServer(stores);
    school = new CentreFlow(server).centre("Collège Jean Moulin", EXAMPLE_UAI);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @EveryStore
  void importsTheSiecleExportAndSaysWhatChanged() {
    JsonObject report = importPupils(server, school, "siecle", "apply", file(SIECLE));

    assertThat(report.getBoolean("applied")).isTrue();
    assertThat(report.getInteger("addedCount")).isEqualTo(20);
    assertThat(report.getInteger("deactivatedCount")).isZero();
    assertThat(report.getJsonArray("skipped")).hasSize(2);
    JsonObject page = pupils(server, school, "");
    assertThat(page.getInteger("total")).isEqualTo(20);
    assertThat(page.getJsonArray("divisions")).containsExactly("3A", "3B");
    assertThat(page.getJsonObject("lastImport").getInteger("imported")).isEqualTo(20);
    JsonObject first = page.getJsonArray("pupils").getJsonObject(0);
    assertThat(first.getString("division")).isEqualTo("3A");
    assertThat(first.getJsonObject("certifiability").getString("status")).isEqualTo("UNKNOWN");
    assertThat(first.getBoolean("active")).isTrue();
  }

  @EveryStore
  void previewChangesNothing() {
    JsonObject report = importPupils(server, school, "siecle", "preview", file(SIECLE));

    assertThat(report.getBoolean("applied")).isFalse();
    assertThat(report.getInteger("addedCount")).isEqualTo(20);
    assertThat(pupils(server, school, "").getInteger("total")).isZero();
    assertThat(pupils(server, school, "").getValue("lastImport")).isNull();
  }

  @EveryStore
  void reimportDeactivatesThoseWhoLeftAndReactivatesThoseWhoComeBack() {
    importPupils(server, school, "siecle", "apply", file(SIECLE));
    String diallo = pupilNamed(server, school, "Diallo").getString("id");

    JsonObject january = importPupils(server, school, "siecle", "apply", file(SIECLE_JANUARY));

    assertThat(january.getInteger("addedCount")).isEqualTo(2);
    assertThat(january.getInteger("deactivatedCount")).isEqualTo(3);
    assertThat(january.getInteger("importedCount")).isEqualTo(19);
    assertThat(names(january.getJsonArray("deactivated")))
        .containsExactlyInAnyOrder("DIALLO", "ÉTIENNE", "FONTAINE");
    assertThat(pupils(server, school, "?status=active").getInteger("total")).isEqualTo(19);
    JsonObject gone = pupils(server, school, "?status=inactive").getJsonArray("pupils")
        .getJsonObject(0);
    assertThat(gone.getString("deactivatedAt")).isNotNull();
    assertThat(pupils(server, school, "").getJsonObject("lastImport").getInteger("deactivated"))
        .isEqualTo(3);

    JsonObject back = importPupils(server, school, "siecle", "apply", file(SIECLE));

    assertThat(back.getInteger("reactivatedCount")).isEqualTo(3);
    assertThat(back.getInteger("addedCount")).isZero();
    assertThat(back.getInteger("deactivatedCount")).isEqualTo(2);
    JsonObject reactivated = pupilNamed(server, school, "Diallo");
    assertThat(reactivated.getString("id")).isEqualTo(diallo);
    assertThat(reactivated.getBoolean("active")).isTrue();
    assertThat(reactivated.getValue("deactivatedAt")).isNull();
  }

  @EveryStore
  void matchesPupilsByIneWhenTheirNamesOrClassChange() {
    importPupils(server, school, "csv", "apply", Buffer.buffer(
        "Nom;Prénom;Date de naissance;Classe;INE\nMartin;Léa;04/03/2011;4A;123456789AB\n"));
    String id = pupilNamed(server, school, "Martin").getString("id");

    JsonObject report = importPupils(server, school, "csv", "apply", Buffer.buffer(
        "Nom;Prénom;Date de naissance;Classe;INE\nMartin-Roux;Léa;04/03/2011;3A;123456789AB\n"));

    assertThat(report.getInteger("updatedCount")).isEqualTo(1);
    assertThat(report.getInteger("addedCount")).isZero();
    JsonObject pupil = pupilNamed(server, school, "Martin-Roux");
    assertThat(pupil.getString("id")).isEqualTo(id);
    assertThat(pupil.getString("division")).isEqualTo("3A");
    assertThat(pupils(server, school, "").getInteger("total")).isEqualTo(1);
  }

  @EveryStore
  void aCsvImportDeactivatesNobody() {
    importPupils(server, school, "siecle", "apply", file(SIECLE));

    JsonObject report = importPupils(server, school, "csv", "apply", Buffer.buffer(
        "Nom;Prénom;Date de naissance;Classe;INE\nMartin;Léa;04/03/2011;4A;123456789AB\n"));

    assertThat(report.getInteger("deactivatedCount")).isZero();
    assertThat(pupils(server, school, "?status=active").getInteger("total")).isEqualTo(21);
  }

  @EveryStore
  void refusedLinesChangeNothingAndTheirPupilsStayActive() {
    importPupils(server, school, "csv", "apply", Buffer.buffer(
        "Nom;Prénom;Date de naissance;Classe;INE\nMartin;Léa;04/03/2011;4A;123456789AB\n"));

    JsonObject report = importPupils(server, school, "csv", "apply", Buffer.buffer(
        "Nom;Prénom;Date de naissance;Classe;INE\nMartin;Léa;31/02/2011;3A;123456789AB\n"
            + "Roux;Adam;05/06/2011;3A;223456789AB\n"));

    assertThat(report.getInteger("rejectedCount")).isEqualTo(1);
    assertThat(report.getInteger("addedCount")).isEqualTo(1);
    assertThat(pupilNamed(server, school, "Martin").getString("division")).isEqualTo("4A");
    assertThat(pupils(server, school, "").getJsonObject("lastImport").getInteger("rejected"))
        .isEqualTo(1);
  }

  @EveryStore
  void anotherSchoolsExportChangesNothing() {
    CentreFlow.LoggedIn other = new CentreFlow(server).centre("Lycée Voltaire", "0180777X");

    JsonObject report = importPupils(server, other, "siecle", "apply", file(SIECLE));

    assertThat(report.getBoolean("fileRejected")).isTrue();
    assertThat(report.getBoolean("applied")).isFalse();
    assertThat(report.getJsonArray("problems").getJsonObject(0).getString("code"))
        .isEqualTo("UAI_MISMATCHED");
    assertThat(pupils(server, other, "").getInteger("total")).isZero();
  }

  @EveryStore
  void pagesAndFiltersTheList() {
    importPupils(server, school, "siecle", "apply", file(SIECLE));

    JsonObject third = pupils(server, school, "?pageSize=7&page=3");
    assertThat(third.getJsonArray("pupils")).hasSize(6);
    assertThat(third.getInteger("total")).isEqualTo(20);
    JsonObject classA = pupils(server, school, "?division=3A&pageSize=200");
    assertThat(classA.getJsonArray("pupils").stream()
        .map(p -> ((JsonObject) p).getString("division"))).containsOnly("3A");
    assertThat(classA.getInteger("total")).isBetween(1, 19);
    assertThat(pupils(server, school, "?q=coeurderoy").getInteger("total")).isEqualTo(1);
    assertThat(pupils(server, school, "?q=elodie%20coeur").getInteger("total")).isEqualTo(1);
    assertThat(pupils(server, school, "?certifiability=certifiable").getInteger("total")).isZero();
    assertProblem(server.get(school.path() + "/pupils?pageSize=500", school.token()), 400,
        "INVALID_PARAMETER");
    assertProblem(server.get(school.path() + "/pupils?status=gone", school.token()), 400,
        "INVALID_PARAMETER");
  }

  @EveryStore
  void anotherCentresMemberSeesNoPupil() {
    CentreFlow.LoggedIn other = new CentreFlow(server).centre("Lycée Voltaire", "0180777X");

    assertProblem(server.get(school.path() + "/pupils", other.token()), 403, "FORBIDDEN_SCOPE");
    assertProblem(server.send(HttpMethod.POST, school.path() + "/pupil-imports?format=siecle",
        other.token(), file(SIECLE)), 403, "FORBIDDEN_SCOPE");
  }

  @EveryStore
  void profilesDecideCertifiabilityAndTheLatestWins() {
    importPupils(server, school, "siecle", "apply", file(SIECLE));

    JsonObject report = importProfiles(server, school, "apply",
        profiles("000000821AB", 5) + profileLines("000000822AB", 4));

    assertThat(report.getInteger("profileCount")).isEqualTo(2);
    assertThat(report.getInteger("certifiableCount")).isEqualTo(1);
    assertThat(status(pupilNamed(server, school, "Arnaud"))).isEqualTo("CERTIFIABLE");
    assertThat(pupilNamed(server, school, "Arnaud").getJsonObject("certifiability")
        .getString("since")).isEqualTo(server.clock.instant().toString());
    assertThat(status(pupilNamed(server, school, "benoit"))).isEqualTo("NOT_CERTIFIABLE");
    assertThat(pupils(server, school, "?certifiability=certifiable").getInteger("total"))
        .isEqualTo(1);

    server.clock.advance(Duration.ofHours(1));
    importProfiles(server, school, "apply", profiles("000000821AB", 2));

    assertThat(status(pupilNamed(server, school, "Arnaud"))).isEqualTo("NOT_CERTIFIABLE");
  }

  @EveryStore
  void importsTheExampleProfileFileOfTheReadme() {
    importPupils(server, school, "siecle", "apply", file(SIECLE));

    JsonObject report = server.send(HttpMethod.POST, school.path() + "/profile-imports?mode=apply",
        school.token(), file("/imports/examples/profils.csv")).json();

    assertThat(report.getInteger("rejectedCount")).isZero();
    assertThat(report.getInteger("profileCount")).isEqualTo(3);
    assertThat(status(pupilNamed(server, school, "Arnaud"))).isEqualTo("CERTIFIABLE");
    assertThat(status(pupilNamed(server, school, "coeurderoy"))).isEqualTo("CERTIFIABLE");
    assertThat(status(pupilNamed(server, school, "benoit"))).isEqualTo("NOT_CERTIFIABLE");
  }

  @EveryStore
  void refusesProfileLinesItCannotTrust() {
    importPupils(server, school, "siecle", "apply", file(SIECLE));

    JsonObject report = importProfiles(server, school, "apply", "INE;Compétence;Pix\n"
        + "000000821AB;1.1;8\n000000821AB;6.1;8\n"
        + "000000822AB;1.1;65\n"
        + "000000823AB;1.1;8\n000000823AB;1.1;16\n"
        + "999999999ZZ;1.1;8\n"
        + "000000824AB;2.1;12\n");

    assertThat(report.getInteger("rejectedCount")).isEqualTo(4);
    assertThat(report.getInteger("profileCount")).isEqualTo(1);
    assertThat(report.getJsonArray("problems").stream().map(p -> ((JsonObject) p).getString("code")))
        .containsExactlyInAnyOrder("COMPETENCE_UNKNOWN", "PIX_INVALID", "COMPETENCE_DUPLICATE",
            "PUPIL_UNKNOWN");
    assertThat(status(pupilNamed(server, school, "Arnaud"))).isEqualTo("UNKNOWN");
    assertThat(status(pupilNamed(server, school, "Diallo"))).isEqualTo("NOT_CERTIFIABLE");
  }

  @EveryStore
  void refusesAProfileFileWithoutItsHeader() {
    JsonObject report = importProfiles(server, school, "apply", "INE;Pix\n000000821AB;8\n");

    assertThat(report.getBoolean("fileRejected")).isTrue();
    assertThat(report.getJsonArray("problems").getJsonObject(0).getString("reason"))
        .contains("INE;Compétence;Pix");
  }

  static JsonObject importPupils(TestServer server, CentreFlow.LoggedIn school, String format,
      String mode, Buffer content) {
    TestServer.Reply reply = server.send(HttpMethod.POST, school.path() + "/pupil-imports?format="
        + format + "&mode=" + mode, school.token(), content);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  static JsonObject importProfiles(TestServer server, CentreFlow.LoggedIn school, String mode,
      String csv) {
    TestServer.Reply reply = server.send(HttpMethod.POST, school.path() + "/profile-imports?mode="
        + mode, school.token(), Buffer.buffer(csv));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  /** A profile file giving the pupil {@code competences} competences at level 1 (8 pix). */
  static String profiles(String ine, int competences) {
    return "INE;Compétence;Pix\n" + profileLines(ine, competences);
  }

  static String profileLines(String ine, int competences) {
    List<String> codes = List.of("1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4");
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < competences; i++) {
      lines.append(ine).append(';').append(codes.get(i)).append(";8\n");
    }
    return lines.toString();
  }

  static JsonObject pupils(TestServer server, CentreFlow.LoggedIn school, String query) {
    TestServer.Reply reply = server.get(school.path() + "/pupils" + query, school.token());
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  static JsonObject pupilNamed(TestServer server, CentreFlow.LoggedIn school, String name) {
    JsonArray found = pupils(server, school, "?q=" + name).getJsonArray("pupils");
    assertThat(found).as(name).hasSize(1);
    return found.getJsonObject(0);
  }

  private static String status(JsonObject pupil) {
    return pupil.getJsonObject("certifiability").getString("status");
  }

  private static List<String> names(JsonArray pupils) {
    return pupils.stream().map(p -> ((JsonObject) p).getString("lastName")).toList();
  }

  static Buffer file(String resource) {
    try (InputStream in = RosterIT.class.getResourceAsStream(resource)) {
      return Buffer.buffer(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

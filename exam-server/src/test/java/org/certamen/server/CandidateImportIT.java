package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certamen.server.ErrorPathsIT.assertProblem;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.util.Arrays;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

class CandidateImportIT {
  private static final String SIECLE = "/imports/examples/ElevesSansAdresses.xml";
  private static final String CSV_WITH_ERRORS = "/imports/examples/candidats-avec-erreurs.csv";
  /** The UAI the example export carries in PARAMETRES/UAJ. */
  private static final String EXAMPLE_UAI = "0219999E";

  /** Set by {@link EveryStore} before each run. */
  TestStores.Factory stores;

  private TestServer server;
  private CentreFlow.LoggedIn centre;
  private String sessionId;

  @BeforeEach
  void start() {
    server = new TestServer(stores);
    CentreFlow flow = new CentreFlow(server);
    centre = flow.centre("Collège Jean Moulin", EXAMPLE_UAI);
    // Room for the 20 pupils of the example and a few more.
    sessionId = flow.plan(centre, 2).getString("id");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @EveryStore
  void previewsTheSiecleExportWithoutEnrollingAnybody() {
    JsonObject report = upload("siecle", "preview", SIECLE);
    assertThat(report.getBoolean("clean")).isTrue();
    assertThat(report.getInteger("validCount")).isEqualTo(20);
    assertThat(report.getInteger("enrolledCount")).isZero();
    assertThat(report.getJsonArray("candidates").getJsonObject(0).getString("externalId")).isNotBlank();
    assertThat(enrolled()).isEmpty();
  }

  @EveryStore
  void enrolsEveryPupilOfACleanSiecleExport() {
    JsonObject report = upload("siecle", "all-or-nothing", SIECLE);
    assertThat(report.getInteger("enrolledCount")).isEqualTo(20);
    JsonArray candidates = enrolled();
    assertThat(candidates).hasSize(20);
    assertThat(candidates.stream().map(c -> ((JsonObject) c).getString("division")).distinct())
        .hasSize(2);
  }

  @EveryStore
  void refusesAnotherSchoolsSiecleExportWhateverTheMode() {
    CentreFlow flow = new CentreFlow(server);
    centre = flow.centre("Lycée Voltaire", "0180777X");
    sessionId = flow.plan(centre).getString("id");

    JsonObject report = upload("siecle", "valid-lines", SIECLE);

    assertThat(report.getBoolean("fileRejected")).isTrue();
    assertThat(report.getInteger("enrolledCount")).isZero();
    JsonObject problem = report.getJsonArray("problems").getJsonObject(0);
    assertThat(problem.getString("code")).isEqualTo("UAI_MISMATCHED");
    assertThat(problem.getString("reason")).contains("0219999E", "0180777X");
    assertThat(enrolled()).isEmpty();
  }

  @EveryStore
  void reportsEveryRejectedLineOfTheCsvAndEnrolsNothingUntilAsked() {
    JsonObject report = upload("csv", "all-or-nothing", CSV_WITH_ERRORS);
    assertThat(report.getBoolean("clean")).isFalse();
    assertThat(report.getInteger("rejectedCount")).isEqualTo(3);
    assertThat(report.getInteger("validCount")).isEqualTo(6);
    assertThat(report.getJsonArray("problems").stream().map(p -> ((JsonObject) p).getInteger("line")))
        .containsExactly(5, 6, 9);
    assertThat(report.getJsonArray("problems").getJsonObject(0).getString("description"))
        .startsWith("Ligne 5").contains("DIALLO");
    assertThat(report.getInteger("enrolledCount")).isZero();
    assertThat(enrolled()).isEmpty();

    JsonObject valid = upload("csv", "valid-lines", CSV_WITH_ERRORS);
    assertThat(valid.getInteger("enrolledCount")).isEqualTo(6);
    assertThat(enrolled().stream().map(c -> ((JsonObject) c).getString("lastName")))
        .containsExactly("ARNAUD", "BENOÎT", "CŒURDEROY", "FONTAINE", "GAUTHIER", "ISAAC");
    assertThat(enrolled().getJsonObject(1).getInteger("extraTimePercentage")).isEqualTo(33);
  }

  @EveryStore
  void importingTheSameFilesAgainUpdatesTheCandidatesAndNeverEnrolsThemTwice() {
    assertThat(upload("siecle", "all-or-nothing", SIECLE).getInteger("enrolledCount")).isEqualTo(20);
    JsonObject again = upload("siecle", "all-or-nothing", SIECLE);
    assertThat(again.getInteger("enrolledCount")).isZero();
    assertThat(again.getInteger("updatedCount")).isEqualTo(20);
    assertThat(enrolled()).hasSize(20);

    String header = "Nom;Prénom;Date de naissance;Classe;INE;Temps majoré\n";
    upload("csv", "all-or-nothing", header + "DUPONT;Anne;04/03/2012;3e A;000000901AB;0\n");
    // The same INE: the same pupil, now with extra time.
    JsonObject corrected = upload("csv", "all-or-nothing",
        header + "Dupont;Anne;04/03/2012;3e A;000000901AB;33\n");
    assertThat(corrected.getInteger("enrolledCount")).isZero();
    assertThat(corrected.getInteger("updatedCount")).isEqualTo(1);
    // Enrolled by hand without INE, then found by identity (accents and case aside).
    new CentreFlow(server).enrol(centre, sessionId, new JsonObject().put("lastName", "Lefèvre")
        .put("firstName", "Zoé").put("birthdate", "2011-05-06"));
    assertThat(upload("csv", "all-or-nothing", header + "LEFEVRE;ZOE;06/05/2011;3e B;000000902AB;\n")
        .getInteger("updatedCount")).isEqualTo(1);
    assertThat(enrolled()).hasSize(22);
    JsonObject anne = byFirstName("Anne");
    assertThat(anne.getInteger("extraTimePercentage")).isEqualTo(33);
    assertThat(anne.getString("lastName")).isEqualTo("Dupont");
    assertThat(byFirstName("ZOE").getString("externalId")).isEqualTo("000000902AB");
  }

  private JsonObject byFirstName(String firstName) {
    return enrolled().stream().map(JsonObject.class::cast)
        .filter(c -> c.getString("firstName").equals(firstName)).findFirst().orElseThrow();
  }

  @EveryStore
  void explainsFileLevelRefusalsInWordsThatSayWhatToDo() {
    JsonObject utf16 = upload("csv", "preview", Buffer.buffer(
        "\uFEFFNom;Prénom;Date de naissance;Classe;INE\r\n".getBytes(StandardCharsets.UTF_16LE)));
    assertThat(utf16.getBoolean("fileRejected")).isTrue();
    assertThat(utf16.getJsonArray("problems").getJsonObject(0).getString("reason"))
        .contains("UTF-16", "enregistrez-le au format CSV UTF-8");

    JsonObject csvAsSiecle = upload("siecle", "preview", Buffer.buffer("Nom;Prénom\n"));
    assertThat(csvAsSiecle.getBoolean("fileRejected")).isTrue();
    assertThat(csvAsSiecle.getJsonArray("problems").getJsonObject(0).getString("reason"))
        .contains("choisissez le format « Fichier CSV »");

    JsonObject badDate = upload("csv", "preview", Buffer.buffer(
        "Nom;Prénom;Date de naissance;Classe;INE\nDUPONT;Anne;12-03-2011;3e A;\n"));
    assertThat(badDate.getBoolean("fileRejected")).isFalse();
    assertThat(badDate.getJsonArray("problems").getJsonObject(0).getString("reason"))
        .isEqualTo("Date de naissance invalide : 12-03-2011 (format attendu : jj/mm/aaaa, par"
            + " exemple 04/03/2012)");
    assertThat(enrolled()).isEmpty();
  }

  @EveryStore
  void refusesAnUnknownFormatOrModeAndForeignTokens() {
    assertProblem(post("xls", "preview", SIECLE), 400, "INVALID_PARAMETER");
    assertProblem(post("csv", "maybe", SIECLE), 400, "INVALID_PARAMETER");
    assertProblem(server.send(HttpMethod.POST, "/api/sessions/" + sessionId
        + "/candidate-imports?mode=preview", centre.token(), Buffer.buffer("x")), 400, "INVALID_PARAMETER");
    CentreFlow.LoggedIn other = new CentreFlow(server).centre("Lycée Voltaire");
    assertProblem(server.send(HttpMethod.POST, "/api/sessions/" + sessionId
        + "/candidate-imports?format=csv&mode=valid-lines", other.token(), file(CSV_WITH_ERRORS)),
        403, "FORBIDDEN_SCOPE");
    assertProblem(server.send(HttpMethod.POST, "/api/sessions/999999"
        + "/candidate-imports?format=csv&mode=preview", TestServer.STAFF_TOKEN, file(CSV_WITH_ERRORS)),
        404, "SESSION_NOT_FOUND");
    assertThat(enrolled()).isEmpty();
  }

  @EveryStore
  void aFileImportedAgainEnrolsNoPupilTwice() {
    assertThat(upload("siecle", "all-or-nothing", SIECLE).getInteger("enrolledCount")).isEqualTo(20);
    JsonObject again = upload("siecle", "all-or-nothing", SIECLE);
    assertThat(again.getInteger("enrolledCount")).isZero();
    assertThat(enrolled()).hasSize(20);
  }

  @EveryStore
  void takesFilesUpTo20MegabytesAndRefusesLargerOnesWithAProblem() {
    byte[] csv = file(CSV_WITH_ERRORS).getBytes();
    String path = "/api/sessions/" + sessionId + "/candidate-imports?format=csv&mode=preview";
    TestServer.Reply tenMegabytes = server.send(HttpMethod.POST, path, centre.token(),
        padded(csv, 10 * 1024 * 1024));
    assertThat(tenMegabytes.status()).as(tenMegabytes.body()).isEqualTo(200);
    assertThat(tenMegabytes.json().getBoolean("fileRejected")).as("refused for its size").isFalse();
    TestServer.Reply tooLarge = server.send(HttpMethod.POST, path, centre.token(),
        padded(csv, 20 * 1024 * 1024 + 1));
    assertProblem(tooLarge, 413, "BODY_TOO_LARGE");
    assertThat(enrolled()).isEmpty();
  }

  /** The file followed by a blank line of {@code size} bytes in all, which the reader skips. */
  private static Buffer padded(byte[] file, int size) {
    byte[] bytes = new byte[size];
    Arrays.fill(bytes, (byte) ' ');
    System.arraycopy(file, 0, bytes, 0, file.length);
    return Buffer.buffer(bytes);
  }

  private JsonObject upload(String format, String mode, String resource) {
    return upload(format, mode, resource.startsWith("/") ? file(resource) : Buffer.buffer(resource));
  }

  private JsonObject upload(String format, String mode, Buffer content) {
    TestServer.Reply reply = server.send(HttpMethod.POST, "/api/sessions/" + sessionId
        + "/candidate-imports?format=" + format + "&mode=" + mode, centre.token(), content);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  private TestServer.Reply post(String format, String mode, String resource) {
    return server.send(HttpMethod.POST, "/api/sessions/" + sessionId + "/candidate-imports?format="
        + format + "&mode=" + mode, centre.token(), file(resource));
  }

  private JsonArray enrolled() {
    return server.get("/api/sessions/" + sessionId, centre.token()).json().getJsonArray("candidates");
  }

  private static Buffer file(String resource) {
    try (InputStream in = CandidateImportIT.class.getResourceAsStream(resource)) {
      return Buffer.buffer(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

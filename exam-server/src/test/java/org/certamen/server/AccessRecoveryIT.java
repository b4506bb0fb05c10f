package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certamen.server.ErrorPathsIT.assertProblem;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Getting in without calling anyone, on a server without SMTP (links go to the server's log):
 * a forgotten password, and a school activating its own space from the directory staff loaded.
 */
class AccessRecoveryIT {
  private static final Pattern LINK = Pattern.compile("https?://\\S+#(\\w+)=(\\S+)");
  private static final String DIRECTORY = "UAI;Nom;Courriel officiel;Type\r\n"
      + "0180777X;Collège Jean Moulin;ce.0180777x@ac-orleans-tours.fr;school\r\n"
      + "0750654D;Lycée Condorcet;ce.0750654d@ac-paris.fr;\r\n"
      + "0180777Y;Collège faux;ce@ac.fr;school\r\n"
      + "0690001B;;ce.0690001b@ac-lyon.fr;school\r\n"
      + "0330001X;Centre de formation;pas-une-adresse;other\r\n"
      + "0590001F;École;ce@ac-lille.fr;lycée\r\n"
      + "0180777X;Collège en double;ce@ac-orleans-tours.fr;school\r\n";

  /** Set by {@link EveryStore} before each run. */
  TestStores.Factory stores;

  private LoggedLinks links;
  private TestServer server;
  private CentreFlow flow;
  private CentreFlow.LoggedIn admin;

  @BeforeEach
  void start() {
    links = LoggedLinks.capture();
    server = new TestServer(stores);
    flow = new CentreFlow(server);
    admin = flow.centre("Collège Jean Moulin");
  }

  @AfterEach
  void stop() {
    links.close();
    server.close();
  }

  @EveryStore
  void aMemberChoosesANewPasswordThroughASingleUseLink() {
    TestServer.Reply asked = askReset(" " + admin.email().toUpperCase() + " ");
    assertThat(asked.status()).as(asked.body()).isEqualTo(202);
    assertThat(asked.json().getInteger("validForMinutes")).isEqualTo(60);
    String token = linkToken("reinitialisation");

    TestServer.Reply chosen = server.post("/api/centre-invitations/acceptance", null,
        new JsonObject().put("token", token).put("password", "nouveau-mot-de-passe"));
    assertThat(chosen.status()).as(chosen.body()).isEqualTo(201);
    assertProblem(server.post("/api/centre-sessions", null, new JsonObject()
        .put("email", admin.email()).put("password", CentreFlow.PASSWORD)), 403, "WRONG_CREDENTIALS");
    CentreFlow.LoggedIn again = flow.login(admin.email(), "nouveau-mot-de-passe");
    assertThat(server.get(again.path(), again.token()).json().getJsonObject("me")
        .getString("role")).isEqualTo("ADMINISTRATOR");

    // Single use.
    assertProblem(server.post("/api/centre-invitations/acceptance", null, new JsonObject()
        .put("token", token).put("password", "encore-un-autre")), 404, "INVITATION_NOT_FOUND");
  }

  @EveryStore
  void aResetLinkExpiresAfterAnHour() {
    askReset(admin.email());
    String token = linkToken("reinitialisation");
    server.clock.advance(Duration.ofMinutes(60));
    assertProblem(server.post("/api/centre-invitations/acceptance", null, new JsonObject()
        .put("token", token).put("password", "nouveau-mot-de-passe")), 404, "INVITATION_NOT_FOUND");
    flow.login(admin.email(), CentreFlow.PASSWORD);
  }

  @EveryStore
  void theAnswerNeverTellsWhetherTheAddressExistsAndRequestsAreLimited() {
    TestServer.Reply known = askReset(admin.email());
    TestServer.Reply unknown = askReset("personne@college.example");
    assertThat(unknown.status()).isEqualTo(known.status());
    assertThat(unknown.body()).isEqualTo(known.body());
    assertThat(links.lines()).hasSize(1);
    assertProblem(askReset("pas une adresse"), 400, "INVALID_FIELD");
    for (int i = links.lines().size(); i < 9; i++) {
      askReset("personne-" + i + "@college.example");
    }
    assertProblem(askReset(admin.email()), 429, "TOO_MANY_ATTEMPTS");
    assertThat(links.lines()).hasSize(1);
  }

  @EveryStore
  void staffLoadTheDirectoryAndBadLinesAreReportedWithLineAndField() {
    TestServer.Reply loaded = loadDirectory(TestServer.STAFF_TOKEN, DIRECTORY);
    assertThat(loaded.status()).as(loaded.body()).isEqualTo(200);
    assertThat(loaded.json().getInteger("loaded")).isEqualTo(2);
    assertThat(loaded.json().getJsonArray("rejected").stream().map(JsonObject.class::cast)
        .map(p -> p.getInteger("line") + " " + p.getString("field")))
        .containsExactly("4 UAI", "5 Nom", "6 Courriel officiel", "7 Type", "8 UAI");
    assertThat(loaded.json().getJsonArray("rejected").getJsonObject(0).getString("detail"))
        .contains("0180777Y", "n'est pas un UAI");
    assertProblem(loadDirectory(admin.token(), DIRECTORY), 403, "FORBIDDEN_SCOPE");
    assertProblem(loadDirectory(null, DIRECTORY), 401, "MISSING_TOKEN");
  }

  @EveryStore
  void aSchoolActivatesItsSpaceFromTheLinkMailedToItsOfficialAddress() {
    loadDirectory(TestServer.STAFF_TOKEN, DIRECTORY);
    assertProblem(activate("0590001F"), 404, "SCHOOL_NOT_FOUND");
    TestServer.Reply asked = activate(" 0750654d ");
    assertThat(asked.status()).as(asked.body()).isEqualTo(202);
    assertThat(asked.json().getString("school")).isEqualTo("Lycée Condorcet");
    assertThat(asked.json().getString("email")).isEqualTo("ce.0750654d@ac-paris.fr");
    assertThat(asked.json().getBoolean("mailed")).isFalse();
    assertThat(asked.body()).doesNotContain("#activation");
    String token = linkToken("activation");

    assertProblem(acceptActivation(token, "court"), 400, "WEAK_PASSWORD");
    TestServer.Reply activated = acceptActivation(token, "mot-de-passe-du-lycee");
    assertThat(activated.status()).as(activated.body()).isEqualTo(201);
    assertThat(activated.json().getString("role")).isEqualTo("ADMINISTRATOR");
    CentreFlow.LoggedIn principal = flow.login("ce.0750654d@ac-paris.fr", "mot-de-passe-du-lycee");
    JsonObject centre = server.get(principal.path(), principal.token()).json();
    assertThat(centre.getString("name")).isEqualTo("Lycée Condorcet");
    assertThat(centre.getString("uai")).isEqualTo("0750654D");

    // The link serves once; the school is now activated.
    assertProblem(acceptActivation(token, "mot-de-passe-du-lycee"), 404, "ACTIVATION_NOT_FOUND");
    assertProblem(activate("0750654D"), 409, "CENTRE_ALREADY_ACTIVATED");
    assertThat(server.get("/api/centres", TestServer.STAFF_TOKEN).body())
        .containsOnlyOnce("0750654D");
  }

  @EveryStore
  void activationJoinsTheCentreStaffCreatedAndItsLinkExpires() {
    loadDirectory(TestServer.STAFF_TOKEN, DIRECTORY);
    // Staff created the school, but its administrator never accepted the invitation.
    TestServer.Reply created = server.post("/api/centres", TestServer.STAFF_TOKEN, new JsonObject()
        .put("name", "Collège J. Moulin").put("uai", "0180777X")
        .put("administratorEmail", "ancien@college.example"));
    String centreId = created.json().getString("id");
    activate("0180777X");
    String expired = linkToken("activation");
    server.clock.advance(Duration.ofHours(24));
    assertProblem(acceptActivation(expired, "mot-de-passe-du-college"), 404,
        "ACTIVATION_NOT_FOUND");

    activate("0180777X");
    TestServer.Reply activated = acceptActivation(linkToken("activation"),
        "mot-de-passe-du-college");
    assertThat(activated.status()).as(activated.body()).isEqualTo(201);
    assertThat(activated.json().getString("centreId")).isEqualTo(centreId);
    CentreFlow.LoggedIn principal = flow.login("ce.0180777x@ac-orleans-tours.fr",
        "mot-de-passe-du-college");
    assertThat(server.get(principal.path(), principal.token()).json().getString("name"))
        .isEqualTo("Collège J. Moulin");
  }

  @EveryStore
  void activationRequestsAreLimitedPerAddress() {
    loadDirectory(TestServer.STAFF_TOKEN, DIRECTORY);
    for (int i = 0; i < 10; i++) {
      assertThat(activate(i % 2 == 0 ? "0750654D" : "0590001F").status()).isIn(202, 404);
    }
    assertProblem(activate("0750654D"), 429, "TOO_MANY_ATTEMPTS");
  }

  private TestServer.Reply askReset(String email) {
    return server.post("/api/centre-password-resets", null, new JsonObject().put("email", email));
  }

  private TestServer.Reply activate(String uai) {
    return server.post("/api/centre-activations", null, new JsonObject().put("uai", uai));
  }

  private TestServer.Reply acceptActivation(String token, String password) {
    return server.post("/api/centre-activations/acceptance", null,
        new JsonObject().put("token", token).put("password", password));
  }

  private TestServer.Reply loadDirectory(String token, String csv) {
    return server.send(HttpMethod.POST, "/api/centres/directory", token,
        Buffer.buffer(csv.getBytes(StandardCharsets.UTF_8)));
  }

  /** The token of the last link logged, checking what the link opens. */
  private String linkToken(String fragment) {
    List<String> logged = links.lines();
    assertThat(logged).isNotEmpty();
    Matcher link = LINK.matcher(logged.get(logged.size() - 1));
    assertThat(link.find()).as(logged.get(logged.size() - 1)).isTrue();
    assertThat(link.group(0)).contains("/invigilator/#");
    assertThat(link.group(1)).isEqualTo(fragment);
    return link.group(2);
  }
}

package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.UUID;

/** A centre's steps over the API, each asserting that it succeeded. */
public final class CentreFlow {
  public static final String PASSWORD = "mot-de-passe-solide";

  private final TestServer server;

  public CentreFlow(TestServer server) {
    this.server = server;
  }

  /** A member logged in. */
  public record LoggedIn(String centreId, String email, String token) {
    public String path() {
      return "/api/centres/" + centreId;
    }
  }

  /** A centre created by staff, with its administrator logged in. */
  public LoggedIn centre(String name) {
    return centre(name, null);
  }

  /** A school of that UAI created by staff, with its administrator logged in. */
  public LoggedIn centre(String name, String uai) {
    String email = "direction-" + UUID.randomUUID().toString().substring(0, 8) + "@college.example";
    TestServer.Reply created = server.post("/api/centres", TestServer.STAFF_TOKEN,
        new JsonObject().put("name", name).put("uai", uai).put("administratorEmail", email));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    accept(created.json().getJsonObject("invitation").getString("link"), PASSWORD);
    return login(email, PASSWORD);
  }

  /** The token of an invitation link. */
  public static String tokenOf(String link) {
    return link.substring(link.indexOf("#invitation=") + "#invitation=".length());
  }

  public void accept(String link, String password) {
    TestServer.Reply accepted = server.post("/api/centre-invitations/acceptance", null,
        new JsonObject().put("token", tokenOf(link)).put("password", password));
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
  }

  public LoggedIn login(String email, String password) {
    TestServer.Reply login = server.post("/api/centre-sessions", null,
        new JsonObject().put("email", email).put("password", password));
    assertThat(login.status()).as(login.body()).isEqualTo(201);
    return new LoggedIn(login.json().getString("centreId"), email, login.json().getString("token"));
  }

  /** A session the centre planned for one invigilator: its id and invigilator password. */
  public JsonObject plan(LoggedIn member) {
    return plan(member, 1);
  }

  /** A session for that many invigilators, 20 candidates each. */
  public JsonObject plan(LoggedIn member, int invigilatorCount) {
    TestServer.Reply planned = server.post(member.path() + "/sessions", member.token(),
        new JsonObject().put("address", "1 rue de la Paix, Lyon").put("room", "B12")
            .put("examiner", "Mme Martin").put("date", "2026-11-30").put("time", "14:00")
            .put("invigilatorCount", invigilatorCount));
    assertThat(planned.status()).as(planned.body()).isEqualTo(201);
    return planned.json();
  }

  public String enrol(LoggedIn member, String sessionId, JsonObject candidate) {
    TestServer.Reply enrolled = server.post("/api/sessions/" + sessionId + "/candidates",
        member.token(), candidate);
    assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
    return enrolled.json().getString("id");
  }

  public static JsonObject candidate(String lastName) {
    return new JsonObject().put("lastName", lastName).put("firstName", "Zoé")
        .put("birthdate", "2011-03-04").put("division", "3e A").put("externalId", "123456789AB");
  }
}

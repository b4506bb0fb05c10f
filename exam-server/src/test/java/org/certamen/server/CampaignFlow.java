package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.certamen.engine.TestDesign;
import org.certamen.engine.bank.BankReader;
import org.certamen.server.exam.http.QuestionIds;
import org.certamen.server.roster.domain.Pupil;

/**
 * Campaign steps over the API, each asserting that it succeeded, on a server running the demo
 * bank (the shipped parcours are written for it).
 */
public final class CampaignFlow {
  public static final String PASSWORD = "mon-mot-de-passe";
  /** The demo bank's design, shared by the tests as a server process shares its design. */
  public static final TestDesign DEMO = TestDesign.named(TestDesign.CERTAMEN,
      BankReader.demoBank());
  private static final Map<String, Object> CORRECT = correctValues();
  private static final QuestionIds QUESTION_IDS = QuestionIds.keyedBy(TestServer.STAFF_TOKEN);

  private final TestServer server;

  public CampaignFlow(TestServer server) {
    this.server = server;
  }

  /** Puts pupils on the school's roster, as an import would. */
  public Pupil pupil(String centreId, String lastName, String firstName, String birthdate,
      String division) {
    Pupil pupil = new Pupil("P" + Math.abs((lastName + firstName + birthdate).hashCode()),
        centreId, null, lastName, firstName, LocalDate.parse(birthdate), division, true, null,
        null);
    Await.result(server.store.pupils().saveAll(centreId, List.of(pupil)));
    return pupil;
  }

  public JsonObject assessment(CentreFlow.LoggedIn member, String parcoursId, boolean multiple) {
    return campaign(member, new JsonObject().put("name", "Rentrée " + parcoursId)
        .put("objective", "ASSESSMENT").put("parcoursId", parcoursId)
        .put("title", "Évaluation de rentrée").put("multipleSendings", multiple));
  }

  public JsonObject collection(CentreFlow.LoggedIn member, boolean multiple) {
    return campaign(member, new JsonObject().put("name", "Collecte des profils")
        .put("objective", "PROFILES_COLLECTION").put("multipleSendings", multiple));
  }

  public JsonObject campaign(CentreFlow.LoggedIn member, JsonObject body) {
    TestServer.Reply created = server.post(member.path() + "/campaigns", member.token(), body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json();
  }

  /** A pupil's account, created with the campaign's code; returns {identifier, token}. */
  public JsonObject account(String code, Pupil pupil) {
    TestServer.Reply created = server.post("/api/pupil-accounts", null, new JsonObject()
        .put("campaignCode", code).put("lastName", pupil.lastName())
        .put("firstName", pupil.firstName()).put("birthdate", pupil.birthdate().toString())
        .put("password", PASSWORD));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json();
  }

  /**
   * Moves the clock by days. The test's one pooled connection is closed first: the server's
   * connection watch would close it as idle at its next sweep, maybe as a request goes out on it.
   */
  public void advance(Duration duration) {
    MultiMap close = MultiMap.caseInsensitiveMultiMap().add("Connection", "close");
    assertThat(server.send(HttpMethod.GET, "/api/parcours", null, null, close).status())
        .isEqualTo(200);
    server.clock.advance(duration);
  }

  /** Logs a pupil in again (a token lasts hours, tests move the clock by days). */
  public String login(String identifier) {
    TestServer.Reply login = server.post("/api/pupil-sessions", null, new JsonObject()
        .put("identifier", identifier).put("password", PASSWORD));
    assertThat(login.status()).as(login.body()).isEqualTo(201);
    return login.json().getString("token");
  }

  public JsonObject join(String token, String code) {
    TestServer.Reply joined = server.post("/api/me/participations", token,
        new JsonObject().put("campaignCode", code));
    assertThat(joined.status()).as(joined.body()).isEqualTo(201);
    return joined.json();
  }

  public JsonObject participation(String token, String id) {
    TestServer.Reply read = server.get("/api/me/participations/" + id, token);
    assertThat(read.status()).as(read.body()).isEqualTo(200);
    return read.json();
  }

  /** How a pupil answers a question. */
  public enum Answering { CORRECTLY, WRONGLY, SKIPPING }

  /** Answers the question on screen. */
  public JsonObject answer(String token, JsonObject state, Answering how) {
    JsonObject question = state.getJsonObject("question");
    JsonObject body = new JsonObject().put("questionId", question.getString("id"));
    switch (how) {
      case CORRECTLY -> body.put("value", correctValue(question.getString("id")));
      case WRONGLY -> body.put("value", wrongValue(question.getString("id")));
      case SKIPPING -> body.put("skipped", true);
    }
    TestServer.Reply answered = server.post("/api/me/participations/" + state.getString("id")
        + "/answers", token, body);
    assertThat(answered.status()).as(answered.body()).isEqualTo(200);
    return answered.json();
  }

  /** Answers until the run is over, the same way each time. */
  public JsonObject answerAll(String token, JsonObject state, Answering how) {
    JsonObject current = state;
    for (int asked = 0; current.getJsonObject("question") != null; asked++) {
      assertThat(asked).as("a positioning run is short").isLessThan(200);
      current = answer(token, current, how);
    }
    assertThat(current.getString("status")).isEqualTo("TO_SHARE");
    return current;
  }

  public JsonObject send(String token, String participationId) {
    TestServer.Reply sent = server.post("/api/me/participations/" + participationId + "/sending",
        token, null);
    assertThat(sent.status()).as(sent.body()).isEqualTo(200);
    return sent.json();
  }

  /** The bank's item behind a question id the test server gave. */
  public static String itemId(String questionId) {
    return QUESTION_IDS.itemId(questionId).orElseThrow();
  }

  private static Object correctValue(String questionId) {
    return CORRECT.get(itemId(questionId));
  }

  private static Object wrongValue(String questionId) {
    Object correct = correctValue(questionId);
    if (correct instanceof JsonObject fields) {
      JsonObject wrong = new JsonObject();
      fields.fieldNames().forEach(name -> wrong.put(name, "faux"));
      return wrong;
    }
    return ((String) correct).matches("[0-9,]+") ? (correct.equals("1") ? "2" : "1") : "faux";
  }

  /** The first accepted answer of each demo item, as the API takes it. */
  private static Map<String, Object> correctValues() {
    try (InputStream in = BankReader.class.getResourceAsStream(BankReader.DEMO_BANK_RESOURCE)) {
      JsonObject bank = new JsonObject(new String(in.readAllBytes(),
          java.nio.charset.StandardCharsets.UTF_8));
      Map<String, Object> values = new HashMap<>();
      for (Object element : bank.getJsonArray("items")) {
        JsonObject item = (JsonObject) element;
        String solution = item.getString("solution");
        if (item.getString("type").equals("QROCM")) {
          JsonObject fields = new JsonObject();
          new JsonObject(solution).forEach(e -> fields.put(e.getKey(),
              ((String) e.getValue()).split("\\|")[0]));
          values.put(item.getString("id"), fields);
        } else {
          values.put(item.getString("id"), item.getString("type").equals("QROC")
              ? solution.split("\\|")[0] : solution);
        }
      }
      return values;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

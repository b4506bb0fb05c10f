package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.certamen.server.CampaignFlow.Answering;
import org.certamen.server.roster.domain.Pupil;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON log of a pupil's campaign: no pupil token, password or campaign code anywhere. */
class PupilSpaceLogIT {
  @RegisterExtension
  final JsonLogCapture jsonLog = new JsonLogCapture();

  @ParameterizedTest
  @MethodSource("org.certamen.server.TestStores#all")
  void theLogOfACampaignHoldsNoSecret(TestStores.Factory stores) {
    String code;
    String token;
    String second;
    try (TestServer server = new TestServer(stores, ServerConfig.defaults(TestServer.STAFF_TOKEN),
        CampaignFlow.DEMO)) {
      CampaignFlow flow = new CampaignFlow(server);
      CentreFlow.LoggedIn teacher = new CentreFlow(server).centre("Collège Jean Moulin");
      code = flow.assessment(teacher, "clg-rentree-5e", false).getString("code");
      Pupil zoe = flow.pupil(teacher.centreId(), "Lefèvre", "Zoé", "2013-03-04", "5A");
      token = flow.account(code, zoe).getString("token");
      JsonObject over = flow.answerAll(token, flow.join(token, code), Answering.CORRECTLY);
      flow.send(token, over.getString("id"));
      second = flow.login("zoe.lefevre0403");
      assertThat(server.get("/api/me/profile", second).status()).isEqualTo(200);
      assertThat(server.post("/api/pupil-sessions", null, new JsonObject()
          .put("identifier", "zoe.lefevre0403").put("password", "mauvais-mot")).status())
          .isEqualTo(403);
    }
    String log = jsonLog.text();
    List<JsonObject> access = log.lines().map(JsonObject::new)
        .filter(line -> "certamen.access".equals(line.getString("loggerName"))).toList();
    assertThat(access.stream().map(JsonObject::encode))
        .anyMatch(line -> line.contains("\"route\":\"/api/me/participations/:participationId/answers\""))
        .anyMatch(line -> line.contains("\"route\":\"/api/pupil-sessions\""));
    for (String secret : List.of(token, second, code, CampaignFlow.PASSWORD, "mauvais-mot")) {
      assertThat(log).as("a secret in the log").doesNotContain(secret);
    }
  }
}

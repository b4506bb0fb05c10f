package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON log of a whole session: one JSON object a line, an access line per request with its
 * route template, and no token, password, access code or answer value anywhere.
 */
class LogSecretsIT {
  @RegisterExtension
  final JsonLogCapture jsonLog = new JsonLogCapture();

  @ParameterizedTest
  @MethodSource("org.certamen.server.TestStores#all")
  void theLogOfAWholeSessionHoldsNoSecret(TestStores.Factory stores) {
    WholeExam exam;
    try (TestServer server = new TestServer(stores)) {
      exam = WholeExam.run(server);
    }
    String log = jsonLog.text();
    List<JsonObject> lines = log.lines().map(JsonObject::new).toList();
    List<JsonObject> access = lines.stream()
        .filter(line -> "certamen.access".equals(line.getString("loggerName"))).toList();
    assertThat(access).hasSizeGreaterThan(40);
    assertThat(access.stream().map(line -> line.encode()))
        .anyMatch(line -> line.contains("\"route\":\"/api/me/exam/answers\"")
            && line.contains("{\"status\":\"200\"}") && line.contains("\"requestId\":\""))
        .anyMatch(line -> line.contains(
            "\"route\":\"/api/sessions/:sessionId/candidates/:candidateId/end-test\""));
    assertThat(exam.secrets).hasSizeGreaterThan(6);
    for (String secret : exam.secrets) {
      assertThat(log).as("a secret in the log").doesNotContain(secret);
    }
    // Every correct answer text of the test bank holds this marker.
    assertThat(log).doesNotContain(TestBank.SECRET).doesNotContain(exam.session.id() + "/");
  }
}

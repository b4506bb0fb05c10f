package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** After a whole session, {@code /metrics} holds Vert.x's, the JVM's and the product's metrics. */
class MetricsIT {
  private static final Pattern SAMPLE = Pattern.compile("^(\\w+)(\\{[^}]*})? (\\S+)$",
      Pattern.MULTILINE);

  @ParameterizedTest
  @MethodSource("org.certamen.server.TestStores#all")
  void countsAWholeSessionWithRouteTemplatesAsLabels(TestStores.Factory stores) {
    try (TestServer server = new TestServer(stores)) {
      WholeExam exam = WholeExam.run(server);
      TestServer.Reply scraped = server.get("/metrics", null);
      assertThat(scraped.status()).isEqualTo(200);
      assertThat(scraped.contentType()).startsWith("text/plain");
      String metrics = scraped.body();

      int length = TestBank.design().length();
      assertThat(value(metrics, "certamen_answers_recorded_total", "")).isEqualTo(length);
      assertThat(value(metrics, "certamen_tests_started_total", "")).isEqualTo(2);
      assertThat(value(metrics, "certamen_tests_ended_total", "reason=\"completed\"")).isEqualTo(1);
      assertThat(value(metrics, "certamen_tests_ended_total", "reason=\"ended_by_invigilator\""))
          .isEqualTo(1);
      assertThat(value(metrics, "certamen_tests_ended_total", "reason=\"ended_time_up\""))
          .isZero();
      assertThat(value(metrics, "certamen_candidates_in_progress", "")).isZero();
      assertThat(value(metrics, "certamen_alerts_raised_total", "kind=\"question\"")).isEqualTo(1);
      assertThat(value(metrics, "certamen_alerts_resolved_total", "decision=\"dismiss\""))
          .isEqualTo(1);
      assertThat(value(metrics, "certamen_store_command_seconds_count", "repository=\"exams\""))
          .isGreaterThan(length);
      assertThat(metrics).contains("certamen_store_command_seconds_bucket{repository=\"tokens\"");
      assertThat(metrics).contains("certamen_store_failures_total{repository=\"exams\"} 0.0");

      assertThat(value(metrics, "vertx_http_server_requests_total",
          "code=\"200\",method=\"POST\",route=\"/api/me/exam/answers\"")).isEqualTo(length);
      assertThat(metrics).contains("vertx_http_server_response_time_seconds_bucket{code=\"200\","
          + "method=\"POST\",route=\"/api/sessions/:sessionId/candidates/:candidateId/end-test\"");
      assertThat(metrics).contains("jvm_memory_used_bytes", "jvm_gc_", "process_cpu_usage",
          "process_uptime_seconds", "process_files_open_files");
      // No raw id in any label: session numbers and candidate ids stay out of the metrics.
      assertThat(labels(metrics)).noneMatch(labels -> labels.contains(exam.session.id()));
    }
  }

  @Test
  void asksForTheMetricsTokenWhenTheServerHasOne() {
    String token = "metrics-token-0123456789";
    ServerConfig config = ServerConfig.defaults(TestServer.STAFF_TOKEN, "--metrics-token", token);
    try (TestServer server = new TestServer(TestStores.all().get(0), config)) {
      assertThat(server.get("/metrics", null).status()).isEqualTo(401);
      assertThat(server.get("/metrics", null).code()).isEqualTo("INVALID_TOKEN");
      assertThat(server.get("/metrics", "not-the-token").status()).isEqualTo(401);
      TestServer.Reply scraped = server.get("/metrics", token);
      assertThat(scraped.status()).isEqualTo(200);
      assertThat(scraped.body()).contains("certamen_answers_recorded_total");
    }
  }

  private static double value(String metrics, String name, String labels) {
    Matcher sample = SAMPLE.matcher(metrics);
    while (sample.find()) {
      String sampleLabels = sample.group(2) == null ? "" : sample.group(2);
      if (sample.group(1).equals(name) && sampleLabels.contains(labels)) {
        return Double.parseDouble(sample.group(3));
      }
    }
    throw new AssertionError("No sample " + name + "{" + labels + "} in:\n" + metrics);
  }

  private static List<String> labels(String metrics) {
    return SAMPLE.matcher(metrics).results().map(m -> m.group(2) == null ? "" : m.group(2))
        .toList();
  }
}

package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the framework itself refuses (bad escapes, oversized heads, bodies that are not JSON) is
 * answered like every other refusal: {@code application/problem+json} with a stable code, and
 * without a stack trace in the log.
 */
class HostileRequestsIT {
  private final List<LogRecord> severe = new CopyOnWriteArrayList<>();
  private final Handler logged = new Handler() {
    @Override
    public void publish(LogRecord record) {
      if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
        severe.add(record);
      }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
  };
  private TestServer server;

  @BeforeEach
  void start() {
    server = new TestServer(TestStores.all().get(0));
    Logger.getLogger("").addHandler(logged);
  }

  @AfterEach
  void stop() {
    Logger.getLogger("").removeHandler(logged);
    server.close();
  }

  @Test
  void aMalformedEscapeIsAProblemAndLogsNoStackTrace() {
    for (String target : List.of("/api/sessions/%ZZ", "/api/sessions/12%", "/exam/%ZZ",
        "/api/sessions/%ZZ/candidates")) {
      RawHttp.Reply reply = RawHttp.get(server.port(), target, "");
      assertProblem(reply, 400, "INVALID_REQUEST");
    }
    assertThat(severe).extracting(LogRecord::getMessage).isEmpty();
  }

  @Test
  void headersOverTheLimitAreAProblem() {
    RawHttp.Reply reply = RawHttp.get(server.port(), "/api/me/exam", "X-Filler: " + "a".repeat(20_000));
    assertProblem(reply, 431, "HEADERS_TOO_LARGE");
  }

  @Test
  void aUriOverTheLimitIsAProblem() {
    RawHttp.Reply reply = RawHttp.get(server.port(), "/api/sessions/" + "1".repeat(10_000), "");
    assertProblem(reply, 414, "URI_TOO_LONG");
  }

  @Test
  void formAndMultipartBodiesAreRefusedBeforeTheyAreRead() {
    byte[] form = ("lastName=" + "a".repeat(4096) + "&firstName=b").getBytes(StandardCharsets.UTF_8);
    assertProblem(RawHttp.post(server.port(), "/api/candidate-sessions",
        "application/x-www-form-urlencoded", form), 415, "UNSUPPORTED_MEDIA_TYPE");
    String boundary = "xyzBOUNDARYxyz";
    byte[] multipart = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"f\"; "
        + "filename=\"a.csv\"\r\nContent-Type: text/csv\r\n\r\n" + "x".repeat(4096) + "\r\n--"
        + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    for (String path : List.of("/api/candidate-sessions", "/api/sessions",
        "/api/sessions/123456/candidate-imports?format=csv", "/api/me/exam/answers")) {
      assertProblem(RawHttp.post(server.port(), path, "multipart/form-data; boundary=" + boundary,
          multipart), 415, "UNSUPPORTED_MEDIA_TYPE");
    }
    for (String path : List.of("/api/candidate-sessions", "/api/me/exam/answers")) {
      assertProblem(RawHttp.post(server.port(), path, "text/plain",
          "{}".getBytes(StandardCharsets.UTF_8)), 415, "UNSUPPORTED_MEDIA_TYPE");
    }
    assertProblem(RawHttp.send(server.port(), "POST /api/candidate-sessions HTTP/1.1", "",
        "{}".getBytes(StandardCharsets.UTF_8)), 415, "UNSUPPORTED_MEDIA_TYPE");
    assertThat(severe).extracting(LogRecord::getMessage).isEmpty();
  }

  @Test
  void jsonBodiesWithAParameterOrASuffixAreRead() {
    byte[] body = "{\"sessionId\": \"000000\"}".getBytes(StandardCharsets.UTF_8);
    for (String type : List.of("application/json; charset=utf-8", "Application/JSON",
        "application/merge-patch+json")) {
      assertProblem(RawHttp.post(server.port(), "/api/candidate-sessions", type, body), 400,
          "INVALID_FIELD");
    }
  }

  @Test
  void aChunkedBodyIsReadUpToTheLimitOnly() {
    String within = "{\"questionId\": \"" + "x".repeat(40 * 1024) + "\"}";
    // Read in full, then refused for its field.
    assertProblem(RawHttp.chunked(server.port(), "/api/me/exam/answers", within, 8 * 1024), 400,
        "INVALID_FIELD");
    String over = "{\"questionId\": \"" + "x".repeat(70 * 1024) + "\"}";
    assertProblem(RawHttp.chunked(server.port(), "/api/me/exam/answers", over, 8 * 1024), 413,
        "BODY_TOO_LARGE");
    assertProblem(RawHttp.chunked(server.port(), "/api/candidate-sessions", over, 8 * 1024), 413,
        "BODY_TOO_LARGE");
  }

  @Test
  void importsTakeTheFileAsTheBody() {
    RawHttp.Reply reply = RawHttp.send(server.port(),
        "POST /api/sessions/123456/candidate-imports?format=csv HTTP/1.1",
        "Content-Type: application/octet-stream\r\nAuthorization: Bearer " + TestServer.STAFF_TOKEN,
        "Nom;Prénom\r\n".getBytes(StandardCharsets.UTF_8));
    assertProblem(reply, 404, "SESSION_NOT_FOUND");
  }

  private static void assertProblem(RawHttp.Reply reply, int status, String code) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.contentType()).isEqualTo("application/problem+json");
    assertThat(reply.json().getString("code")).isEqualTo(code);
    assertThat(reply.json().getInteger("status")).isEqualTo(status);
  }
}

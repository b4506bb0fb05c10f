package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Pages run only the server's own files and cannot be framed; API replies are never cached. */
class SecurityHeadersIT {
  private final TestServer server = new TestServer(TestStores.all().get(0));

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void pagesSendAStrictContentSecurityPolicy() {
    for (String page : List.of("/exam/", "/exam/index.html", "/exam/exam.js", "/exam/exam.css",
        "/invigilator/", "/invigilator/app.js", "/exam/missing.html", "/staff/", "/staff/app.js",
        "/verification/")) {
      RawHttp.Reply reply = RawHttp.get(server.port(), page, "");
      String policy = reply.headers().get("content-security-policy");
      assertThat(policy).as(page).contains("script-src 'self'", "style-src 'self'",
          "frame-ancestors 'none'", "default-src 'none'").doesNotContain("unsafe-inline",
          "unsafe-eval");
      assertThat(reply.headers()).as(page).containsEntry("x-content-type-options", "nosniff")
          .containsEntry("referrer-policy", "no-referrer");
    }
  }

  @Test
  void apiRepliesAreNeverCached() {
    for (String path : List.of("/api/openapi.json", "/api/me/exam", "/api/no-such-route",
        "/api/sessions/%ZZ")) {
      RawHttp.Reply reply = RawHttp.get(server.port(), path, "");
      assertThat(reply.headers()).as(path).containsEntry("cache-control", "no-store")
          .containsEntry("x-content-type-options", "nosniff");
    }
  }
}

package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Route;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The OpenAPI document served describes exactly the API routes the server has. */
class OpenApiIT {
  private TestServer server;

  @BeforeEach
  void start() {
    server = new TestServer(TestStores.all().get(0));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void documentsEveryApiRouteAndNoOther() {
    TestServer.Reply document = server.get("/api/openapi.json", null);
    assertThat(document.status()).isEqualTo(200);
    JsonObject paths = document.json().getJsonObject("paths");
    Set<String> documented = new TreeSet<>();
    paths.forEach(path -> ((JsonObject) path.getValue()).fieldNames().forEach(method ->
        documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));

    Set<String> served = new TreeSet<>();
    for (Route route : server.verticle().router().getRoutes()) {
      String path = route.getPath();
      if (path == null || !path.startsWith("/api/") || route.methods() == null
          || route.methods().isEmpty()) {
        continue;
      }
      for (HttpMethod method : route.methods()) {
        served.add(method.name() + " " + path.replaceAll(":(\\w+)", "{$1}"));
      }
    }
    assertThat(documented).isEqualTo(served);
  }
}

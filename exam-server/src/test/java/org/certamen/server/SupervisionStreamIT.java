package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

@ParameterizedClass
@MethodSource("org.certamen.server.TestStores#all")
class SupervisionStreamIT {
  @Parameter
  TestStores.Factory stores;

  private TestServer server;

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void streamsTheSupervisionViewAsItChanges() {
    server = new TestServer(stores);
    ExamFlow flow = new ExamFlow(server);
    ExamFlow.Planned session = flow.planSession();
    flow.enrol(session, "Lefèvre", "Zoé", "2012-03-04", 0);
    HttpClient http = server.vertx().createHttpClient();
    List<JsonObject> views = new ArrayList<>();
    Promise<Void> twoViews = Promise.promise();
    StringBuilder pending = new StringBuilder();
    HttpClientResponse response = Await.result(http.request(new RequestOptions()
            .setMethod(HttpMethod.GET).setHost("127.0.0.1").setPort(server.port())
            .setURI("/api/sessions/" + session.id() + "/supervision/stream")
            .putHeader("Authorization", "Bearer " + session.invigilatorToken()))
        .compose(request -> request.send()));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.getHeader("Content-Type")).startsWith("text/event-stream");
    response.handler((Buffer chunk) -> {
      pending.append(chunk.toString());
      int end;
      while ((end = pending.indexOf("\n\n")) >= 0) {
        String event = pending.substring(0, end);
        pending.delete(0, end + 2);
        String data = event.substring(event.indexOf("data: ") + 6);
        synchronized (views) {
          views.add(new JsonObject(data));
          if (views.size() >= 2) {
            twoViews.tryComplete();
          }
        }
      }
    });
    flow.enter(session, "Lefèvre", "Zoé", "2012-03-04");
    Await.result(twoViews.future());
    http.close();
    synchronized (views) {
      JsonObject last = views.get(views.size() - 1);
      assertThat(last.getString("sessionId")).isEqualTo(session.id());
      assertThat(last.getJsonObject("counts").getInteger("WAITING_AUTHORIZATION")).isEqualTo(1);
    }
  }

  @Test
  void refusesAStreamWithoutTheRightToken() {
    server = new TestServer(stores);
    ExamFlow.Planned session = new ExamFlow(server).planSession();
    ErrorPathsIT.assertProblem(server.get("/api/sessions/" + session.id() + "/supervision/stream",
        null), 401, "MISSING_TOKEN");
  }
}

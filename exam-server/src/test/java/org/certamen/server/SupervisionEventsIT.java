package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certamen.server.ErrorPathsIT.assertProblem;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

class SupervisionEventsIT {
  /** Set by {@link EveryStore} before each run. */
  TestStores.Factory stores;

  private TestServer server;
  private ExamFlow flow;
  private ExamFlow.Planned session;
  private final Vertx vertx = Vertx.vertx();
  private final BlockingQueue<JsonObject> events = new LinkedBlockingQueue<>();
  private HttpClient client;

  @BeforeEach
  void start() {
    server = new TestServer(stores);
    flow = new ExamFlow(server);
    session = flow.planSession();
    client = vertx.createHttpClient();
  }

  @AfterEach
  void stop() {
    Await.result(vertx.close());
    server.close();
  }

  @EveryStore
  void sendsTheViewAtOnceThenEachChangeWithoutBeingAsked() throws InterruptedException {
    flow.enrol(session, "Lefèvre", "Zoé", "2012-03-04", 0);
    HttpClientResponse response = open(session.invigilatorToken());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.getHeader("Content-Type")).startsWith("text/event-stream");

    JsonObject first = next();
    assertThat(first.getJsonObject("counts").getInteger("REGISTERED")).isEqualTo(1);

    ExamFlow.Entered candidate = flow.enter(session, "Lefèvre", "Zoé", "2012-03-04");
    assertThat(statusOf(next())).isEqualTo("WAITING_AUTHORIZATION");
    flow.authorize(session, candidate);
    assertThat(statusOf(next())).isEqualTo("AUTHORIZED");
  }

  @EveryStore
  void refusesAStreamWithoutTheSessionsToken() {
    assertProblem(server.get(path(), null), 401, "MISSING_TOKEN");
    ExamFlow.Planned other = flow.planSession();
    assertProblem(server.get(path(), other.invigilatorToken()), 403, "FORBIDDEN_SCOPE");
  }

  private HttpClientResponse open(String token) {
    return Await.result(client.request(new RequestOptions().setMethod(HttpMethod.GET)
            .setHost("127.0.0.1").setPort(server.port()).setURI(path())
            .putHeader("Authorization", "Bearer " + token))
        .compose(request -> request.send())
        .onSuccess(response -> {
          StringBuilder pending = new StringBuilder();
          response.handler(chunk -> {
            pending.append(chunk.toString());
            int end;
            while ((end = pending.indexOf("\n\n")) >= 0) {
              parse(pending.substring(0, end));
              pending.delete(0, end + 2);
            }
          });
        }));
  }

  private void parse(String event) {
    List<String> lines = event.lines().toList();
    if (lines.contains("event: supervision")) {
      lines.stream().filter(line -> line.startsWith("data: "))
          .forEach(line -> events.add(new JsonObject(line.substring(6))));
    }
  }

  /** The next event that differs from the previous one (periodic refreshes are skipped). */
  private JsonObject next() throws InterruptedException {
    JsonObject event = events.poll(5, TimeUnit.SECONDS);
    assertThat(event).as("an event within 5 s").isNotNull();
    return event;
  }

  private static String statusOf(JsonObject view) {
    return view.getJsonArray("candidates").getJsonObject(0).getString("status");
  }

  private String path() {
    return "/api/sessions/" + session.id() + "/supervision/events";
  }
}

package org.certamen.server;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.util.List;
import org.certamen.engine.TestDesign;
import java.util.concurrent.CopyOnWriteArrayList;
import org.certamen.server.storage.Store;

/**
 * A real exam server on a random port with a test clock, and a blocking client for tests. Every
 * response body is kept so that tests can scan what was sent.
 */
public final class TestServer implements AutoCloseable {
  public static final String STAFF_TOKEN = "staff-token-for-tests-0123456789";

  public final TestClock clock = new TestClock();
  public final Store store;
  private final Vertx vertx = Vertx.vertx();
  private final WebClient client;
  private final ExamServerVerticle verticle;
  private final List<Reply> replies = new CopyOnWriteArrayList<>();

  public TestServer(TestStores.Factory stores, ServerConfig config) {
    this(stores, config, TestBank.design());
  }

  public TestServer(TestStores.Factory stores, ServerConfig config, TestDesign design) {
    this.store = stores.open().apply(clock);
    this.verticle = new ExamServerVerticle(config, design, store, clock);
    Await.result(vertx.deployVerticle(verticle));
    this.client = WebClient.create(vertx, new WebClientOptions().setDefaultPort(verticle.port())
        .setDefaultHost("127.0.0.1"), new PoolOptions().setHttp1MaxSize(32));
  }

  public TestServer(TestStores.Factory stores) {
    this(stores, ServerConfig.defaults(STAFF_TOKEN));
  }

  public ExamServerVerticle verticle() {
    return verticle;
  }

  public int port() {
    return verticle.port();
  }

  /** A response: status, content type and body. */
  public record Reply(String path, String token, int status, String contentType, String body) {
    public JsonObject json() {
      return new JsonObject(body);
    }

    public String code() {
      return json().getString("code");
    }
  }

  public Reply get(String path, String token) {
    return send(HttpMethod.GET, path, token, null);
  }

  public Reply post(String path, String token, JsonObject body) {
    return send(HttpMethod.POST, path, token, body == null ? null : body.toBuffer());
  }

  public Reply postRaw(String path, String token, String body) {
    return send(HttpMethod.POST, path, token, Buffer.buffer(body));
  }

  public Reply send(HttpMethod method, String path, String token, Buffer body) {
    HttpRequest<Buffer> request = client.request(method, path);
    if (token != null) {
      request.bearerTokenAuthentication(token);
    }
    if (body != null) {
      request.putHeader("Content-Type", "application/json");
    }
    HttpResponse<Buffer> response = Await.result(body == null ? request.send() : request.sendBuffer(body));
    Reply reply = new Reply(path, token, response.statusCode(), response.getHeader("Content-Type"),
        response.bodyAsString());
    replies.add(reply);
    return reply;
  }

  /** Every reply received so far. */
  public List<Reply> replies() {
    return List.copyOf(replies);
  }

  @Override
  public void close() {
    client.close();
    Await.result(vertx.close());
    Await.result(store.close());
  }
}

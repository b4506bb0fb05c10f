package org.certamen.server;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
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
import org.certamen.server.operations.Monitoring;
import org.certamen.server.storage.Store;

/**
 * A real exam server on a random port with a test clock, and a blocking client for tests. Every
 * response body is kept so that tests can scan what was sent.
 */
public final class TestServer implements AutoCloseable {
  public static final String STAFF_TOKEN = "staff-token-for-tests-0123456789";

  public final TestClock clock;
  public final Store store;
  private final boolean ownsStore;
  private boolean stopped;
  private final ServerConfig config;
  private final TestDesign design;
  private final Monitoring monitoring = Monitoring.start(new VertxOptions());
  private final Vertx vertx = monitoring.vertx();
  private final WebClient client;
  private final List<ExamServerVerticle> instances;
  private final ExamServerVerticle verticle;
  private final List<Reply> replies = new CopyOnWriteArrayList<>();

  public TestServer(TestStores.Factory stores, ServerConfig config) {
    this(stores, config, TestBank.design());
  }

  public TestServer(TestStores.Factory stores, ServerConfig config, TestDesign design) {
    this(new TestClock(), stores, config, design);
  }

  private TestServer(TestClock clock, TestStores.Factory stores, ServerConfig config,
      TestDesign design) {
    this(clock, stores.open().apply(clock), true, config, design);
  }

  private TestServer(TestClock clock, Store store, boolean ownsStore, ServerConfig config,
      TestDesign design) {
    this.clock = clock;
    this.store = store;
    this.ownsStore = ownsStore;
    this.config = config;
    this.design = design;
    this.instances = Await.result(ExamServerVerticle.deploy(monitoring, config, design, store, clock));
    this.verticle = instances.get(0);
    this.client = WebClient.create(vertx, new WebClientOptions().setDefaultPort(verticle.port())
        .setDefaultHost("127.0.0.1"), new PoolOptions().setHttp1MaxSize(32));
  }

  public TestServer(TestStores.Factory stores) {
    this(stores, ServerConfig.defaults(STAFF_TOKEN));
  }

  /**
   * Another server process on the same store and clock, as a second server behind a load
   * balancer, or the same server restarted. Closing it leaves the store open.
   */
  public TestServer anotherServer() {
    return anotherServer(design);
  }

  /** Another server on the same store and clock, started with another design or bank. */
  public TestServer anotherServer(TestDesign otherDesign) {
    return new TestServer(clock, store, false, config, otherDesign);
  }

  /** Stops this server and starts a new one on the same store: the store stays open. */
  public TestServer restarted() {
    stopServer();
    return new TestServer(clock, store, ownsStore, config, design);
  }

  public Vertx vertx() {
    return vertx;
  }

  public ExamServerVerticle verticle() {
    return verticle;
  }

  /** Every instance deployed, one per event loop. */
  public List<ExamServerVerticle> instances() {
    return instances;
  }

  public int port() {
    return verticle.port();
  }

  /** A response: status, content type, body and the request id the server gave it. */
  public record Reply(String path, String token, int status, String contentType, String body,
      String requestId) {
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
    return send(method, path, token, body, MultiMap.caseInsensitiveMultiMap());
  }

  /** Sends with more headers. */
  public Reply send(HttpMethod method, String path, String token, Buffer body, MultiMap headers) {
    return Await.result(sendAsync(method, path, token, body, headers));
  }

  /** Posts every body at once, as a burst over the client's connections, and waits for all replies. */
  public List<Reply> postAll(String path, String token, List<JsonObject> bodies) {
    List<Future<Reply>> sent = bodies.stream()
        .map(body -> sendAsync(HttpMethod.POST, path, token, body.toBuffer(),
            MultiMap.caseInsensitiveMultiMap())).toList();
    Await.result(Future.join(sent));
    return sent.stream().map(Future::result).toList();
  }

  private Future<Reply> sendAsync(HttpMethod method, String path, String token, Buffer body,
      MultiMap headers) {
    HttpRequest<Buffer> request = client.request(method, path);
    request.putHeaders(headers);
    if (token != null) {
      request.bearerTokenAuthentication(token);
    }
    if (body != null) {
      request.putHeader("Content-Type", "application/json");
    }
    return (body == null ? request.send() : request.sendBuffer(body)).map(response -> {
      Reply reply = new Reply(path, token, response.statusCode(), response.getHeader("Content-Type"),
          response.bodyAsString(), response.getHeader("X-Request-Id"));
      replies.add(reply);
      return reply;
    });
  }

  /** A file downloaded: status, headers that describe it, and its bytes. */
  public record Download(int status, String contentType, String contentDisposition, byte[] bytes) {
    public String text() {
      return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /** A GET whose body is kept as bytes (files, PDFs). */
  public Download download(String path, String token) {
    return download(HttpMethod.GET, path, token);
  }

  /** A request without body whose reply is kept as bytes (a document made on demand). */
  public Download download(HttpMethod method, String path, String token) {
    HttpRequest<Buffer> request = client.request(method, path);
    if (token != null) {
      request.bearerTokenAuthentication(token);
    }
    HttpResponse<Buffer> response = Await.result(request.send());
    byte[] bytes = response.body() == null ? new byte[0] : response.body().getBytes();
    return new Download(response.statusCode(), response.getHeader("Content-Type"),
        response.getHeader("Content-Disposition"), bytes);
  }

  /** Every reply received so far. */
  public List<Reply> replies() {
    return List.copyOf(replies);
  }

  private void stopServer() {
    if (!stopped) {
      stopped = true;
      client.close();
      Await.result(vertx.close());
    }
  }

  @Override
  public void close() {
    if (stopped) {
      return;
    }
    stopServer();
    if (ownsStore) {
      Await.result(store.close());
    }
  }
}

package org.certamen.benchmarks.load;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.core.json.jackson.JacksonCodec;
import io.vertx.core.spi.json.JsonCodec;
import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The exam server's public API as the generator calls it: JSON over HTTP/1.1 with a bearer token,
 * spread round-robin over the targets, every exchange recorded in {@link LoadStats}. A reply
 * always arrives: a transport failure or a timeout is a reply of status 0. Vert.x's core client,
 * not the web client: its per-request cost is what limits a generator sharing the server's cores.
 */
public final class ApiClient {
  /**
   * What came back. The body is parsed into a tree only when asked for: a load run reads most
   * replies with {@link ExamView} instead.
   *
   * @param body as received; null for a transport failure
   * @param failure for a transport failure (status 0), what failed; else null
   * @param sentNanos when the request was written on a connection, from {@link System#nanoTime()}
   * @param micros from then to the whole response: the server's latency as the network sees it
   * @param waitMicros from the call to the whole response, waiting for a free connection included:
   *     what the simulated browser waited
   */
  public record Reply(int status, Buffer body, String failure, String contentType, String target,
      long sentNanos, long micros, long waitMicros) {
    /**
     * The body's JSON object, parsed at each call; for a transport failure
     * {@code {"code": what failed}}; null when the body is not a JSON object.
     */
    public JsonObject json() {
      return failure != null ? new JsonObject().put("code", failure) : jsonObject(body);
    }

    public boolean ok() {
      return status >= 200 && status < 300;
    }

    /** The problem's {@code code}, or for a transport failure what failed. */
    public String code() {
      if (failure != null) {
        return failure;
      }
      JsonObject json = json();
      return json == null ? null : json.getString("code");
    }

    /** True for an {@code application/problem+json} body with every member of the contract. */
    public boolean isProblem() {
      JsonObject json = json();
      return contentType != null && contentType.startsWith("application/problem+json") && json != null
          && json.getValue("type") instanceof String && json.getValue("title") instanceof String
          && json.getValue("status") instanceof Integer && json.getValue("detail") instanceof String
          && json.getValue("code") instanceof String;
    }
  }

  /** The parts of a response the generator reads, once its body has arrived. */
  private record Response(int status, String contentType, Buffer body) {
  }

  private static final CharSequence APPLICATION_JSON = HttpHeaders.createOptimized("application/json");
  /**
   * Jackson's streaming generator: the same bytes as {@link JsonObject#toBuffer()}, without the
   * object mapper that one goes through when jackson-databind is on the class path.
   */
  private static final JsonCodec ENCODER = new JacksonCodec();

  private final HttpClientAgent client;
  private final List<URI> targets;
  private final long timeoutMillis;
  private final LoadStats stats;
  private final AtomicLong next = new AtomicLong();
  private volatile Consumer<Reply> observer = reply -> { };

  /**
   * @param connections most connections open to each target at once; further requests wait for
   *     a free one
   * @param timeoutMillis a request that receives nothing for that long fails with status 0, and
   *     so does a connection not established by then. The wait for a free connection is not timed
   *     (each connection frees up within the timeout), hence an idle timeout on each request rather
   *     than {@code RequestOptions.setTimeout}, which also times that wait: Vert.x would arm a timer
   *     per waiting request, which costs the generator as much as parsing a reply, and its pool
   *     fails an already completed promise when such a timer and a connection meet ("Promise
   *     already completed")
   */
  public ApiClient(Vertx vertx, List<URI> targets, int connections, long timeoutMillis, LoadStats stats) {
    this.client = vertx.createHttpClient(
        new HttpClientOptions().setKeepAlive(true).setTcpNoDelay(true)
            .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, timeoutMillis)),
        new PoolOptions().setHttp1MaxSize(connections).setMaxWaitQueueSize(-1));
    this.targets = List.copyOf(targets);
    this.timeoutMillis = timeoutMillis;
    this.stats = stats;
  }

  /** Sees every reply after it is recorded, on the client's threads. */
  public void observe(Consumer<Reply> newObserver) {
    this.observer = newObserver;
  }

  public List<URI> targets() {
    return targets;
  }

  public Future<Reply> get(String endpoint, String path, String token) {
    return send(endpoint, HttpMethod.GET, path, bearer(token), null, null);
  }

  public Future<Reply> post(String endpoint, String path, String token, JsonObject body) {
    return send(endpoint, HttpMethod.POST, path, bearer(token),
        body == null ? null : ENCODER.toBuffer(body, false), APPLICATION_JSON);
  }

  /** The {@code Authorization} header of a token; null for none. */
  public static String bearer(String token) {
    return token == null ? null : "Bearer " + token;
  }

  /**
   * Sends any request, well-formed or not, to the next target.
   *
   * @param endpoint the name latencies and failures are counted under
   * @param authorization the {@code Authorization} header, none when null
   * @param body sent as is with the content type, unless null
   */
  public Future<Reply> send(String endpoint, HttpMethod method, String path, String authorization,
      Buffer body, CharSequence contentType) {
    URI target = targets.get((int) (next.getAndIncrement() % targets.size()));
    String targetName = target.toString();
    RequestOptions options = new RequestOptions().setMethod(method).setHost(target.getHost())
        .setPort(target.getPort()).setURI(path).setIdleTimeout(timeoutMillis);
    if (authorization != null) {
      options.putHeader(HttpHeaders.AUTHORIZATION, authorization);
    }
    if (contentType != null) {
      options.putHeader(HttpHeaders.CONTENT_TYPE, contentType);
    }
    long calledNanos = System.nanoTime();
    long[] sentNanos = {calledNanos};
    Future<Response> exchange = client.request(options).compose(request -> {
      sentNanos[0] = System.nanoTime();
      Future<HttpClientResponse> sent = body == null ? request.send() : request.send(body);
      return sent.compose(response -> response.body().map(received -> new Response(
          response.statusCode(), response.getHeader("Content-Type"), received)));
    });
    return exchange.transform(done -> {
      long endNanos = System.nanoTime();
      long micros = (endNanos - sentNanos[0]) / 1000;
      long waitMicros = (endNanos - calledNanos) / 1000;
      Reply reply;
      if (done.succeeded()) {
        Response response = done.result();
        reply = new Reply(response.status(), response.body(), null, response.contentType(),
            targetName, sentNanos[0], micros, waitMicros);
      } else {
        reply = new Reply(0, null, failureCode(done.cause()), null, targetName, sentNanos[0],
            micros, waitMicros);
      }
      stats.record(endpoint, targetName, micros, waitMicros, reply.status(),
          reply.ok() ? null : reply.code());
      observer.accept(reply);
      return Future.succeededFuture(reply);
    });
  }

  public void close() {
    client.close();
  }

  private static JsonObject jsonObject(Buffer body) {
    if (body == null || body.length() == 0 || body.getByte(0) != '{') {
      return null;
    }
    try {
      return new JsonObject(body);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String failureCode(Throwable failure) {
    String name = failure.getClass().getSimpleName();
    return name.contains("Timeout") || String.valueOf(failure.getMessage()).contains("timeout")
        ? "TIMEOUT" : "TRANSPORT_" + name;
  }
}

package org.certamen.server;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.certamen.engine.TestDesign;
import org.certamen.server.http.ConnectionCounts;
import org.certamen.server.http.ConnectionWatch;
import org.certamen.server.http.Problems;
import org.certamen.server.operations.MeteredStore;
import org.certamen.server.operations.Monitoring;
import org.certamen.server.operations.ProductMetrics;
import org.certamen.server.storage.Store;

/** Wires the services on the store and serves them over HTTP. */
public final class ExamServerVerticle extends VerticleBase {
  private final ServerWiring wiring;
  private final ConnectionCounts connections;
  private HttpServer server;
  private ConnectionWatch watch;
  private Router router;
  private DemoSession demo;

  /**
   * Deploys {@code config.eventLoops()} instances serving one port on the one store, each on an
   * event loop of its own; the first in the list seeded the demo session if asked. Instances share
   * a port only when it is named: port 0 becomes a free port first.
   */
  public static Future<List<ExamServerVerticle>> deploy(Vertx vertx, ServerConfig config,
      TestDesign design, Store store, Clock clock) {
    return deploy(new Monitoring(vertx, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT)),
        config, design, store, clock);
  }

  /**
   * Deploys as above, measured into the monitoring's registry: Vert.x's own metrics when its
   * Vert.x was started by {@link Monitoring#start}, and the product's.
   */
  public static Future<List<ExamServerVerticle>> deploy(Monitoring monitoring,
      ServerConfig config, TestDesign design, Store store, Clock clock) {
    Vertx vertx = monitoring.vertx();
    ProductMetrics metrics = new ProductMetrics(monitoring.registry());
    Store measured = MeteredStore.of(store, metrics);
    ServerConfig shared;
    try {
      shared = config.port() == 0 && config.eventLoops() > 1 ? config.withPort(freePort()) : config;
    } catch (IOException e) {
      return Future.failedFuture(e);
    }
    ConnectionCounts connections = new ConnectionCounts(
        config.connections().connectionsFor(FileDescriptors.limit()),
        config.connections().maxConnectionsPerAddress());
    List<ExamServerVerticle> instances = new CopyOnWriteArrayList<>();
    instances.add(new ExamServerVerticle(new ServerWiring(shared, design, measured, clock,
        monitoring.registry(), metrics), connections));
    Supplier<ExamServerVerticle> another = () -> {
      ExamServerVerticle instance = new ExamServerVerticle(new ServerWiring(shared.withDemo(false),
          design, measured, clock, monitoring.registry(), metrics), connections);
      instances.add(instance);
      return instance;
    };
    return vertx.deployVerticle(instances.get(0)).compose(id -> config.eventLoops() == 1
        ? Future.succeededFuture()
        : vertx.deployVerticle(another, new DeploymentOptions().setInstances(config.eventLoops() - 1)))
        .map(deployed -> List.copyOf(instances));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /**
   * The store is owned by the caller, who closes it.
   *
   * @param connections the process's connections, shared by every instance serving the port
   */
  private ExamServerVerticle(ServerWiring wiring, ConnectionCounts connections) {
    this.wiring = wiring;
    this.connections = connections;
  }

  @Override
  public Future<?> start() {
    ServerConfig config = wiring.config();
    return wiring.wire(vertx).compose(wired -> {
      router = wired.router();
      demo = wired.demo();
      // Without clear-text HTTP/2 (no browser uses it), a connection is set up, and handed to the
      // watch, as soon as it is accepted rather than once its first bytes arrive.
      HttpServer created = vertx.createHttpServer(
          new HttpServerOptions().setHttp2ClearTextEnabled(false));
      watch = ConnectionWatch.install(vertx, created, config.connections(), connections,
          wiring.clock(), wiring.metrics()::connectionRefused);
      return created.requestHandler(watch.watching(router))
          .invalidRequestHandler(Problems::invalidRequest)
          .listen(config.port());
    }).onSuccess(listening -> server = listening);
  }

  /**
   * Stops accepting connections, closes those whose request has not fully arrived, lets the
   * requests received finish within {@code timeout}, then closes every connection left.
   * Server-sent event streams end themselves with a last event.
   */
  public Future<Void> shutdown(Duration timeout) {
    if (server == null) {
      return Future.succeededFuture();
    }
    Future<Void> stopped = server.shutdown(timeout.toMillis(), TimeUnit.MILLISECONDS);
    context.runOnContext(v -> watch.closeUnfinished());
    return stopped;
  }

  /** The connections the process holds, over all instances. */
  public ConnectionCounts connections() {
    return connections;
  }

  /** The port the server listens on (the chosen one when configured with 0). */
  public int port() {
    return server.actualPort();
  }

  /** The router, for tests that compare it with the OpenAPI document. */
  public Router router() {
    return router;
  }

  /** The product's metrics, shared by every instance of a deployment. */
  public ProductMetrics metrics() {
    return wiring.metrics();
  }

  /** The demo session, when started with {@code --demo}; else null. */
  public DemoSession demo() {
    return demo;
  }
}

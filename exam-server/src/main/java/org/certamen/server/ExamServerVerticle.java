package org.certamen.server;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.time.LocalDate;
import java.time.ZoneId;
import org.certamen.engine.TestDesign;
import org.certamen.server.enrolment.domain.EnrolmentService;
import org.certamen.server.enrolment.http.EnrolmentRoutes;
import org.certamen.server.evaluation.domain.ExamService;
import org.certamen.server.evaluation.domain.ExtensionVersion;
import org.certamen.server.evaluation.http.ExamRoutes;
import org.certamen.server.http.Guards;
import org.certamen.server.http.RootRouter;
import org.certamen.server.session.domain.AccessService;
import org.certamen.server.session.domain.RateLimiter;
import org.certamen.server.session.domain.SupervisionService;
import org.certamen.server.session.http.AccessRoutes;
import org.certamen.server.session.http.SupervisionRoutes;
import org.certamen.server.shared.Clock;
import org.certamen.server.storage.Store;

/** Wires the services on the store and serves them over HTTP. */
public final class ExamServerVerticle extends VerticleBase {
  private final ServerConfig config;
  private final TestDesign design;
  private final Store store;
  private final Clock clock;
  private HttpServer server;
  private Router router;
  private DemoSession demo;

  /** The store is owned by the caller, who closes it. */
  public ExamServerVerticle(ServerConfig config, TestDesign design, Store store, Clock clock) {
    this.config = config;
    this.design = design;
    this.store = store;
    this.clock = clock;
  }

  @Override
  public Future<?> start() {
    EnrolmentService enrolment = new EnrolmentService(store.sessions(), store.candidates());
    RateLimiter limiter = new RateLimiter(store.attempts());
    AccessService access = new AccessService(enrolment, store.exams(), store.presence(),
        store.tokens(), limiter, clock);
    SupervisionService supervision = new SupervisionService(enrolment, store.exams(),
        store.presence(), clock, design.length());
    ExamService exams = new ExamService(design, store.exams(), enrolment, limiter, clock,
        ExtensionVersion.parse(config.minExtensionVersion(), "--min-extension-version"),
        config.questionTimeLimit());
    Guards guards = new Guards(access, config.staffToken());

    router = RootRouter.create(vertx, api -> {
      EnrolmentRoutes.mount(api, enrolment, guards);
      AccessRoutes.mount(api, access);
      SupervisionRoutes.mount(api, supervision, guards);
      ExamRoutes.mount(api, exams, guards);
    });
    Future<?> seeded = config.demo()
        ? DemoSession.create(enrolment, LocalDate.ofInstant(clock.now(), ZoneId.systemDefault()))
            .onSuccess(created -> demo = created)
        : Future.succeededFuture();
    return seeded.compose(ok -> vertx.createHttpServer()
        .requestHandler(router)
        .listen(config.port()))
        .onSuccess(listening -> server = listening);
  }

  /** The port the server listens on (the chosen one when configured with 0). */
  public int port() {
    return server.actualPort();
  }

  /** The router, for tests that compare it with the OpenAPI document. */
  public Router router() {
    return router;
  }

  /** The demo session, when started with {@code --demo}; else null. */
  public DemoSession demo() {
    return demo;
  }
}

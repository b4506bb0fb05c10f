package org.certamen.server;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.time.ZoneId;
import org.certamen.engine.TestDesign;
import org.certamen.engine.bank.ItemBank;
import org.certamen.engine.positioning.InvalidCatalogueException;
import org.certamen.engine.positioning.ParcoursCatalogue;
import org.certamen.engine.positioning.PositioningDesign;
import org.certamen.server.campaigns.domain.CampaignService;
import org.certamen.server.campaigns.domain.OfferedParcours;
import org.certamen.server.campaigns.domain.ParticipationService;
import org.certamen.server.campaigns.domain.Positioning;
import org.certamen.server.campaigns.domain.PupilAccountService;
import org.certamen.server.campaigns.http.CampaignRoutes;
import org.certamen.server.campaigns.http.PupilRoutes;
import org.certamen.server.centre.domain.CentreService;
import org.certamen.server.centre.domain.PasswordResets;
import org.certamen.server.centre.domain.SchoolActivations;
import org.certamen.server.centre.http.AccessRecoveryRoutes;
import org.certamen.server.mail.InvitationMailer;
import org.certamen.server.centre.http.CentreGuard;
import org.certamen.server.centre.http.CentreRoutes;
import org.certamen.server.centre.http.SessionDocumentRoutes;
import org.certamen.server.mail.SmtpInvitationMailer;
import org.certamen.server.planning.domain.CandidateImports;
import org.certamen.server.planning.domain.EnrolmentService;
import org.certamen.server.planning.domain.SessionClosure;
import org.certamen.server.planning.http.EnrolmentRoutes;
import org.certamen.server.exam.domain.ExamService;
import org.certamen.server.exam.domain.ExtensionVersion;
import org.certamen.server.exam.http.AccessGuard;
import org.certamen.server.exam.http.ExamRoutes;
import org.certamen.server.exam.http.QuestionIds;
import org.certamen.server.http.ConnectionCounts;
import org.certamen.server.http.ConnectionWatch;
import org.certamen.server.http.Guards;
import org.certamen.server.http.Problems;
import org.certamen.server.http.ClientAddresses;
import org.certamen.server.http.RequestIds;
import org.certamen.server.http.PublicUrl;
import org.certamen.server.http.RootRouter;
import org.certamen.server.operations.AccessLog;
import org.certamen.server.operations.HealthRoutes;
import org.certamen.server.operations.MeteredStore;
import org.certamen.server.operations.MetricsRoute;
import org.certamen.server.operations.Monitoring;
import org.certamen.server.operations.ProductMetrics;
import org.certamen.server.results.domain.FinalizedSessions;
import org.certamen.server.results.domain.ResultScoring;
import org.certamen.server.results.domain.PopulationPriors;
import org.certamen.server.results.domain.CertificateService;
import org.certamen.server.results.domain.FinalizationService;
import org.certamen.server.results.domain.JuryService;
import org.certamen.server.results.domain.PublicationService;
import org.certamen.server.results.domain.ScoredSessions;
import org.certamen.server.results.http.ResultRoutes;
import org.certamen.server.results.http.SchoolResultRoutes;
import org.certamen.server.results.domain.SchoolResults;
import org.certamen.server.results.http.SessionResultRoutes;
import org.certamen.server.exam.domain.AccessService;
import org.certamen.server.limits.domain.RateLimiter;
import org.certamen.server.exam.domain.Exam;
import org.certamen.server.supervision.domain.SupervisionService;
import org.certamen.server.exam.http.AccessRoutes;
import org.certamen.server.supervision.http.SupervisionEvents;
import org.certamen.server.supervision.http.SupervisionRoutes;
import org.certamen.server.roster.domain.CertifiabilityGate;
import org.certamen.server.roster.domain.ProfileImports;
import org.certamen.server.roster.domain.RosterCertifiability;
import org.certamen.server.roster.domain.RosterEnrolment;
import org.certamen.server.roster.domain.RosterImports;
import org.certamen.server.roster.domain.RosterService;
import org.certamen.server.roster.http.RosterRoutes;
import org.certamen.server.shared.PasswordHasher;
import org.certamen.server.staff.domain.CommonPasswords;
import org.certamen.server.staff.domain.StaffService;
import org.certamen.server.staff.http.StaffGuard;
import org.certamen.server.staff.http.StaffRoutes;
import org.certamen.server.shared.SessionStage;
import org.certamen.server.storage.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wires the services on the store and serves them over HTTP. */
public final class ExamServerVerticle extends VerticleBase {
  private static final Logger LOG = LoggerFactory.getLogger(ExamServerVerticle.class);
  private final ServerConfig config;
  private final TestDesign design;
  private final Store store;
  private final Clock clock;
  private final PrometheusMeterRegistry registry;
  private final ProductMetrics metrics;
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
    instances.add(new ExamServerVerticle(shared, design, measured, clock, monitoring.registry(),
        metrics, connections));
    Supplier<ExamServerVerticle> another = () -> {
      ExamServerVerticle instance = new ExamServerVerticle(shared.withDemo(false), design,
          measured, clock, monitoring.registry(), metrics, connections);
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
  private ExamServerVerticle(ServerConfig config, TestDesign design, Store store, Clock clock,
      PrometheusMeterRegistry registry, ProductMetrics metrics, ConnectionCounts connections) {
    this.config = config;
    this.design = design;
    this.store = store;
    this.clock = clock;
    this.registry = registry;
    this.metrics = metrics;
    this.connections = connections;
  }

  @Override
  public Future<?> start() {
    SessionClosure closure = new FinalizedSessions(store.results());
    EnrolmentService enrolment = new EnrolmentService(store.sessions(), store.candidates(),
        sessionId -> store.exams().listBySession(sessionId).map(exams -> exams.stream()
            .map(Exam::candidateId).collect(Collectors.toSet())),
        closure, clock, ZoneId.systemDefault());
    RateLimiter limiter = new RateLimiter(store.attempts());
    ResultScoring scoring = new ResultScoring(design);
    ScoredSessions scored = new ScoredSessions(enrolment, store.exams(), store.results(), scoring,
        clock);
    FinalizationService finalizations = new FinalizationService(enrolment, store.exams(),
        store.results(), scored, clock, design.length());
    SessionStage.Lookup stages = finalizations.stages();
    InvitationMailer mailer = config.smtp() == null ? InvitationMailer.none()
        : new SmtpInvitationMailer(vertx, config.smtp().host(), config.smtp().port(),
            config.smtp().from());
    PasswordHasher passwords = PasswordHasher.create(vertx);
    CentreService centres = new CentreService(store.centres(), enrolment, limiter, passwords,
        mailer, clock);
    RosterService roster = new RosterService(store.pupils());
    RosterCertifiability certifiability =
        new RosterCertifiability(store.rosterEnrolments(), store.pupils(), centres);
    AccessService access = new AccessService(enrolment, store.exams(), store.presence(),
        store.tokens(), limiter, closure, new CertifiabilityGate(centres, certifiability), clock);
    SupervisionService supervision = new SupervisionService(enrolment, store.exams(),
        store.presence(), closure, stages, certifiability, clock, design.length());
    ExamService exams = new ExamService(design, store.exams(), enrolment,
        new PopulationPriors(store.results(), clock), limiter, closure, clock,
        ExtensionVersion.parse(config.minExtensionVersion(), "--min-extension-version"),
        config.questionTimeLimit());
    PasswordResets resets = new PasswordResets(store.centres(), limiter, mailer, clock);
    SchoolActivations activations = new SchoolActivations(store.directory(), store.centres(),
        limiter, passwords, mailer, clock);
    SchoolResults schoolResults = new SchoolResults(scored, centreId -> centres.sessions(centreId)
        .map(sessions -> sessions.stream().map(session -> session.id()).toList()));
    CandidateImports imports = new CandidateImports(enrolment, centres::uaiOfSession, clock);
    StaffService staff = new StaffService(store.staff(), limiter, passwords,
        CommonPasswords.load(), mailer, clock);
    StaffGuard staffGuard = new StaffGuard(staff, config.staffToken());
    AccessGuard accessGuard = new AccessGuard(access);
    CentreGuard centreGuard = new CentreGuard(centres, List.of(staffGuard, accessGuard));
    Guards guards = new Guards(List.of(staffGuard, centreGuard, accessGuard));
    RosterImports rosterImports = new RosterImports(store.pupils(),
        centreId -> centres.centre(centreId).map(centre -> Optional.ofNullable(centre.uai())),
        clock);
    ProfileImports profileImports = new ProfileImports(roster, clock);
    RosterEnrolment pupilEnrolment =
        new RosterEnrolment(roster, store.rosterEnrolments(), enrolment, centres, closure);
    PublicUrl publicUrl = PublicUrl.of(config.publicUrl());
    QuestionIds questionIds = QuestionIds.keyedBy(config.staffToken());
    OfferedParcours catalogue = catalogue(design.bank());
    Positioning positioning = new Positioning(design.bank(), catalogue,
        PositioningDesign.certamen());
    CampaignService campaigns = new CampaignService(store.campaigns(), catalogue, clock);
    PupilAccountService pupilAccounts = new PupilAccountService(store.pupilAccounts(), campaigns,
        roster, limiter, passwords, clock);
    ParticipationService participations = new ParticipationService(store.participations(),
        campaigns, roster, positioning, limiter, clock, ZoneId.systemDefault());

    List<Handler<RoutingContext>> everyRequest = List.of(
        new RequestIds(config.operations().trustedProxies()),
        new ClientAddresses(config.operations().trustedProxies()), new AccessLog(metrics));
    ExamRoutes examRoutes = new ExamRoutes(exams, accessGuard, staffGuard, guards, questionIds);
    router = RootRouter.create(vertx, everyRequest,
        hot -> examRoutes.mountAnswers(hot, RootRouter.MAX_BODY_BYTES), api -> {
      HealthRoutes.mount(api, vertx, store, design.bank());
      MetricsRoute.mount(api, registry, config.operations().metricsToken());
      EnrolmentRoutes.mount(api, enrolment, imports, pupilEnrolment, certifiability, guards,
          staffGuard, design.bank().framework(), stages);
      RosterRoutes.mount(api, roster, rosterImports, profileImports, centreGuard, staffGuard);
      CentreRoutes.mount(api, centres, centreGuard, staffGuard, staff, publicUrl, stages);
      StaffRoutes.mount(api, staff, staffGuard, publicUrl);
      SessionDocumentRoutes.mount(api, enrolment, centres, supervision, guards, publicUrl);
      new AccessRoutes(access).mount(api);
      SupervisionRoutes.mount(api, supervision, guards, accessGuard);
      SupervisionEvents.mount(api, supervision, guards);
      examRoutes.mount(api);
      ResultRoutes.mount(api, finalizations, new JuryService(enrolment, store.results(), scored,
              scoring, clock), new PublicationService(enrolment, store.exams(), store.results(),
              scored, clock), new CertificateService(store.results(), scored, limiter), staff,
          guards, staffGuard);
      SessionResultRoutes.mount(api, scored, guards, centreGuard, design.bank().framework(),
          publicUrl);
      SchoolResultRoutes.mount(api, schoolResults, centreGuard, design.bank().framework(),
          publicUrl);
      AccessRecoveryRoutes.mount(api, resets, activations, staffGuard, staff, publicUrl);
      CampaignRoutes.mount(api, campaigns, participations, pupilAccounts, positioning,
          centreGuard, ZoneId.systemDefault(), publicUrl);
      PupilRoutes.mount(api, pupilAccounts, participations, campaigns, roster, positioning,
          centreGuard, questionIds);
    });
    Future<?> seeded = config.demo()
        ? DemoSession.create(centres, staff, enrolment, new DemoSession.Roster(rosterImports,
                profileImports, roster, pupilEnrolment),
            LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault()))
            .onSuccess(created -> demo = created)
        : Future.succeededFuture();
    return seeded.compose(ok -> {
      // Without clear-text HTTP/2 (no browser uses it), a connection is set up, and handed to the
      // watch, as soon as it is accepted rather than once its first bytes arrive.
      HttpServer created = vertx.createHttpServer(
          new HttpServerOptions().setHttp2ClearTextEnabled(false));
      watch = ConnectionWatch.install(vertx, created, config.connections(), connections, clock,
          metrics::connectionRefused);
      return created.requestHandler(watch.watching(router))
          .invalidRequestHandler(Problems::invalidRequest)
          .listen(config.port());
    }).onSuccess(listening -> server = listening);
  }

  /**
   * The shipped parcours, checked against the server's bank. A bank without their subjects (one
   * written for trials) offers none: assessments cannot be created on it, profile collections can.
   */
  private static OfferedParcours catalogue(ItemBank bank) {
    try (InputStream in = ParcoursCatalogue.class.getResourceAsStream(
        ParcoursCatalogue.DEMO_RESOURCE)) {
      return OfferedParcours.of(ParcoursCatalogue.read(in, bank));
    } catch (InvalidCatalogueException e) {
      LOG.warn("The bank {} lacks the subjects of the shipped parcours: none is offered",
          bank.version());
      return OfferedParcours.none();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
    return metrics;
  }

  /** The demo session, when started with {@code --demo}; else null. */
  public DemoSession demo() {
    return demo;
  }
}

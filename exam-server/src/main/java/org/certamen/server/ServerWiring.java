package org.certamen.server;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
import org.certamen.server.http.Guards;
import org.certamen.server.http.ClientAddresses;
import org.certamen.server.http.RequestIds;
import org.certamen.server.http.PublicUrl;
import org.certamen.server.http.RootRouter;
import org.certamen.server.operations.AccessLog;
import org.certamen.server.operations.HealthRoutes;
import org.certamen.server.operations.MetricsRoute;
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

/**
 * One exam server's services wired on its store, and the routes that serve them: what each
 * instance of {@link ExamServerVerticle} builds when it starts.
 */
record ServerWiring(ServerConfig config, TestDesign design, Store store, Clock clock,
    PrometheusMeterRegistry registry, ProductMetrics metrics) {
  private static final Logger LOG = LoggerFactory.getLogger(ServerWiring.class);

  /** The router, and the demo session when asked for one (else null). */
  record Wired(Router router, DemoSession demo) {
  }

  /** Builds the services and their router, then seeds the demo session if the config asks. */
  Future<Wired> wire(Vertx vertx) {
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
    Router router = RootRouter.create(vertx, everyRequest,
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
    if (!config.demo()) {
      return Future.succeededFuture(new Wired(router, null));
    }
    return DemoSession.create(centres, staff, enrolment, new DemoSession.Roster(rosterImports,
            profileImports, roster, pupilEnrolment),
        LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault()))
        .map(demo -> new Wired(router, demo));
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
}

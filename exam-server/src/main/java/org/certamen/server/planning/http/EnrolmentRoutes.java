package org.certamen.server.planning.http;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.certamen.engine.framework.CompetenceFramework;
import org.certamen.server.planning.domain.Candidate;
import org.certamen.server.planning.domain.CandidateCertifiability;
import org.certamen.server.planning.domain.CandidateImports;
import org.certamen.server.planning.domain.Enrolment;
import org.certamen.server.planning.domain.EnrolmentService;
import org.certamen.server.planning.domain.PupilEnrolment;
import org.certamen.server.planning.domain.Session;
import org.certamen.server.planning.domain.SessionPlan;
import org.certamen.server.planning.domain.imports.ImportProblem;
import org.certamen.server.planning.json.PlanningJson;
import org.certamen.server.http.Guards;
import org.certamen.server.http.JsonRequest;
import org.certamen.server.http.QueryOptions;
import org.certamen.server.http.Replies;
import org.certamen.server.shared.DomainException;
import org.certamen.server.shared.RecordJson;
import org.certamen.server.shared.SessionStage;
import org.certamen.server.staff.http.StaffGuard;

/**
 * Endpoints that plan sessions (staff) and enrol candidates (staff, or the centre that planned
 * the session), one by one or from an import file.
 */
public record EnrolmentRoutes(EnrolmentService enrolment, CandidateImports imports,
    PupilEnrolment pupils, CandidateCertifiability certifiability, Guards guards, StaffGuard staff,
    CompetenceFramework framework, SessionStage.Lookup stages) {
  /** Most pix points a competence can hold in a profile. */
  static final int MAX_PIX = 64;
  private static final String SESSION_PATH = "/api/sessions/:sessionId";
  private static final String CANDIDATE_PATH = SESSION_PATH + "/candidates/:candidateId";

  /**
   * @param framework the competences a training profile may name
   * @param stages where a session stands, shown with it
   */
  public static void mount(Router router, EnrolmentService enrolment, CandidateImports imports,
      PupilEnrolment pupils, CandidateCertifiability certifiability, Guards guards,
      StaffGuard staff, CompetenceFramework framework, SessionStage.Lookup stages) {
    EnrolmentRoutes routes = new EnrolmentRoutes(enrolment, imports, pupils, certifiability,
        guards, staff, framework, stages);
    router.post("/api/sessions").handler(Replies.json(201, routes::planSession));
    router.get(SESSION_PATH).handler(Replies.json(200, routes::session));
    router.patch(SESSION_PATH).handler(Replies.json(200, routes::changeSession));
    router.delete(SESSION_PATH).handler(Replies.json(200, routes::deleteSession));
    router.post(SESSION_PATH + "/candidates").handler(Replies.json(201, routes::enrol));
    router.patch(CANDIDATE_PATH).handler(Replies.json(200, routes::changeCandidate));
    router.delete(CANDIDATE_PATH).handler(Replies.json(200, routes::removeCandidate));
    router.post(SESSION_PATH + "/candidate-imports").handler(Replies.json(200, routes::upload));
  }

  private Future<JsonObject> planSession(RoutingContext ctx) {
    JsonRequest body = JsonRequest.of(ctx);
    SessionPlan plan = new SessionPlan(body.text("centre"), body.text("address"),
        body.text("room"), body.text("examiner"), body.date("date"), body.time("time"),
        body.integer("invigilatorCount", 1));
    return staff.staff(ctx).compose(ok -> enrolment.plan(plan)).map(planned -> new JsonObject()
        .put("id", planned.session().id())
        .put("accessCode", planned.session().accessCode())
        .put("invigilatorPassword", planned.invigilatorPassword()));
  }

  private Future<JsonObject> session(RoutingContext ctx) {
    String sessionId = ctx.pathParam("sessionId");
    return guards.supervisor(ctx, sessionId)
        .compose(ok -> enrolment.session(sessionId))
        .compose(this::withCandidates);
  }

  private Future<JsonObject> changeSession(RoutingContext ctx) {
    JsonRequest body = JsonRequest.of(ctx);
    String address = body.has("address") ? body.text("address") : null;
    String room = body.has("room") ? body.text("room") : null;
    String examiner = body.has("examiner") ? body.text("examiner") : null;
    LocalDate date = body.has("date") ? body.date("date") : null;
    LocalTime time = body.has("time") ? body.time("time") : null;
    Integer invigilators = body.has("invigilatorCount") ? body.integer("invigilatorCount", 1)
        : null;
    return asPlanner(ctx, sessionId -> enrolment.changeSession(sessionId, plan -> new SessionPlan(
        plan.centre(), or(address, plan.address()), or(room, plan.room()),
        or(examiner, plan.examiner()), or(date, plan.date()), or(time, plan.time()),
        or(invigilators, plan.invigilatorCount()))))
        .compose(this::withCandidates);
  }

  private Future<JsonObject> deleteSession(RoutingContext ctx) {
    return asPlanner(ctx, sessionId -> enrolment.deleteSession(sessionId)
        .map(ok -> new JsonObject().put("deleted", sessionId)));
  }

  /** One candidate given by identity, or several pupils of the school's roster by id. */
  private Future<JsonObject> enrol(RoutingContext ctx) {
    JsonRequest body = JsonRequest.of(ctx);
    if (body.has("pupilIds")) {
      return enrolPupils(ctx, pupilIds(body));
    }
    Enrolment enrolled = new Enrolment(body.text("lastName"), body.text("firstName"),
        body.date("birthdate"), body.optionalText("division"), body.optionalText("externalId"),
        body.integer("extraTimePercentage", 0), body.bool("needsAccessibility", false),
        profile(body.raw("profile"), framework));
    return asPlanner(ctx, sessionId -> enrolment.enrol(sessionId, enrolled))
        .map(candidate -> new JsonObject().put("id", candidate.id()));
  }

  private Future<JsonObject> enrolPupils(RoutingContext ctx, List<String> pupilIds) {
    return asPlanner(ctx, sessionId -> pupils.enrol(sessionId, pupilIds))
        .map(candidates -> new JsonObject()
            .put("enrolledCount", candidates.size())
            .put("enrolledIds", new JsonArray(candidates.stream()
                .map(c -> (Object) c.id()).toList())));
  }

  private Future<JsonObject> changeCandidate(RoutingContext ctx) {
    UnaryOperator<Enrolment> change = changes(JsonRequest.of(ctx), framework);
    return asPlanner(ctx, sessionId ->
        enrolment.changeCandidate(sessionId, ctx.pathParam("candidateId"), change))
        .map(EnrolmentRoutes::candidateJson);
  }

  private Future<JsonObject> removeCandidate(RoutingContext ctx) {
    String candidateId = ctx.pathParam("candidateId");
    return asPlanner(ctx, sessionId -> enrolment.removeCandidate(sessionId, candidateId))
        .map(ok -> new JsonObject().put("removed", candidateId));
  }

  private Future<JsonObject> upload(RoutingContext ctx) {
    CandidateImports.Format format =
        QueryOptions.option(ctx, "format", CandidateImports.Format.class, null);
    CandidateImports.Mode mode = QueryOptions.option(ctx, "mode", CandidateImports.Mode.class,
        CandidateImports.Mode.PREVIEW);
    byte[] file = ctx.body() == null || ctx.body().buffer() == null ? new byte[0]
        : ctx.body().buffer().getBytes();
    return asPlanner(ctx, sessionId -> imports.upload(sessionId, format, mode, file))
        .map(outcome -> importJson(outcome, mode));
  }

  /** Acts on the session of the path once sure the caller may plan it (staff, or its centre). */
  private <T> Future<T> asPlanner(RoutingContext ctx, Function<String, Future<T>> action) {
    String sessionId = ctx.pathParam("sessionId");
    return guards.planner(ctx, sessionId).compose(ok -> action.apply(sessionId));
  }

  /**
   * A session with where it stands, its capacity and its candidates, each with certifiability
   * (from the roster's profiles where the candidate was enrolled from it).
   */
  private Future<JsonObject> withCandidates(Session session) {
    return enrolment.candidates(session.id()).compose(candidates -> Future.all(
            certifiability.of(session.id(), candidates), stages.of(session.id()))
        .map(all -> {
          Map<String, Boolean> certifiable = all.resultAt(0);
          return PlanningJson.session(session)
              .put("capacity", session.capacity())
              .put("stage", all.<SessionStage>resultAt(1).apiName())
              .put("candidates", new JsonArray(candidates.stream()
                  .map(candidate -> candidateJson(candidate).put("certifiability",
                      CandidateCertifiability.label(
                          Optional.ofNullable(certifiable.get(candidate.id())))))
                  .toList()));
        }));
  }

  /** The roster's pupils to enrol: a non-empty array of ids. */
  private static List<String> pupilIds(JsonRequest body) {
    if (!(body.raw("pupilIds") instanceof JsonArray ids) || ids.isEmpty()
        || !ids.stream().allMatch(id -> id instanceof String)) {
      throw JsonRequest.invalid("pupilIds", "must be a non-empty array of pupil ids");
    }
    return ids.stream().map(String.class::cast).toList();
  }

  private static <T> T or(T given, T current) {
    return given == null ? current : given;
  }

  /** What a PATCH of a candidate changes: the fields present, others kept; "" clears an optional text. */
  private static UnaryOperator<Enrolment> changes(JsonRequest body, CompetenceFramework framework) {
    String lastName = body.has("lastName") ? body.text("lastName") : null;
    String firstName = body.has("firstName") ? body.text("firstName") : null;
    LocalDate birthdate = body.has("birthdate") ? body.date("birthdate") : null;
    String division = body.optionalText("division");
    String externalId = body.optionalText("externalId");
    Integer extraTime = body.has("extraTimePercentage") ? body.integer("extraTimePercentage", 0) : null;
    Boolean accessibility = body.has("needsAccessibility") ? body.bool("needsAccessibility", false) : null;
    Map<String, Integer> profile = profile(body.raw("profile"), framework);
    return current -> new Enrolment(or(lastName, current.lastName()),
        or(firstName, current.firstName()), or(birthdate, current.birthdate()),
        cleared(or(division, current.division())), cleared(or(externalId, current.externalId())),
        or(extraTime, current.extraTimePercentage()),
        or(accessibility, current.needsAccessibility()), or(profile, current.profile()));
  }

  private static String cleared(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  /**
   * The optional training profile: competence code to pix points. Only the framework's codes are
   * taken: an unknown one would count towards certifiability.
   */
  private static Map<String, Integer> profile(Object raw, CompetenceFramework framework) {
    if (raw == null) {
      return null;
    }
    if (!(raw instanceof JsonObject json)) {
      throw JsonRequest.invalid("profile", "must be an object of competence code to pix points");
    }
    Map<String, Integer> profile = new LinkedHashMap<>();
    for (Map.Entry<String, Object> entry : json) {
      if (framework.find(entry.getKey()).isEmpty()) {
        throw JsonRequest.invalid("profile." + entry.getKey(), "is not a competence of the "
            + framework.name() + " (" + framework.competences().get(0).code() + " to "
            + framework.competences().get(framework.size() - 1).code() + ")");
      }
      if (!(entry.getValue() instanceof Integer pix) || pix < 0 || pix > MAX_PIX) {
        throw JsonRequest.invalid("profile." + entry.getKey(),
            "must be a whole number of pix from 0 to " + MAX_PIX);
      }
      profile.put(entry.getKey(), pix);
    }
    return profile;
  }

  private static JsonObject importJson(CandidateImports.Outcome outcome,
      CandidateImports.Mode mode) {
    JsonArray candidates = new JsonArray();
    outcome.report().candidates().forEach(draft -> candidates.add(draftJson(draft)));
    JsonArray problems = new JsonArray();
    outcome.report().problems().forEach(problem -> problems.add(problemJson(problem)));
    JsonArray skipped = new JsonArray();
    outcome.report().skipped().forEach(problem -> skipped.add(problemJson(problem)));
    JsonArray enrolled = new JsonArray();
    outcome.enrolled().forEach(candidate -> enrolled.add(candidate.id()));
    JsonArray updated = new JsonArray();
    outcome.updated().forEach(candidate -> updated.add(candidate.id()));
    return new JsonObject()
        .put("mode", QueryOptions.apiName(mode))
        .put("clean", outcome.report().isClean())
        .put("fileRejected", outcome.report().isFileRejected())
        .put("validCount", outcome.report().candidates().size())
        .put("rejectedCount", outcome.report().rejectedCount())
        .put("enrolledCount", outcome.enrolled().size())
        .put("enrolledIds", enrolled)
        .put("updatedCount", outcome.updated().size())
        .put("updatedIds", updated)
        .put("candidates", candidates)
        .put("problems", problems)
        .put("skipped", skipped);
  }

  /** A candidate read from an import file, as the preview shows it (an import carries no profile). */
  private static JsonObject draftJson(Enrolment draft) {
    JsonObject json = RecordJson.toJson(draft);
    json.remove("profile");
    return json;
  }

  /** A problem of an import file as the API sends it. */
  public static JsonObject problemJson(ImportProblem problem) {
    return RecordJson.toJson(problem).put("description", problem.describe());
  }

  /**
   * A candidate as staff, centres and invigilators see them. {@code certifiability} is
   * {@code CERTIFIABLE}, {@code NOT_CERTIFIABLE} or {@code UNKNOWN_PROFILE}.
   */
  private static JsonObject candidateJson(Candidate candidate) {
    return PlanningJson.candidate(candidate)
        .put("certifiability", CandidateCertifiability.label(candidate.isCertifiable()));
  }
}

package org.certamen.server.enrolment.http;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.certamen.engine.framework.CompetenceFramework;
import org.certamen.server.enrolment.domain.Candidate;
import org.certamen.server.enrolment.domain.CandidateImports;
import org.certamen.server.enrolment.domain.Enrolment;
import org.certamen.server.enrolment.domain.EnrolmentService;
import org.certamen.server.enrolment.domain.Session;
import org.certamen.server.enrolment.domain.SessionPlan;
import org.certamen.server.enrolment.domain.imports.CandidateDraft;
import org.certamen.server.enrolment.domain.imports.ImportProblem;
import org.certamen.server.http.Guards;
import org.certamen.server.http.JsonRequest;
import org.certamen.server.http.Replies;
import org.certamen.server.shared.DomainException;

/**
 * Endpoints that plan sessions (staff) and enrol candidates (staff, or the centre that planned
 * the session), one by one or from an import file.
 */
public final class EnrolmentRoutes {
  /** Most pix points a competence can hold in a profile. */
  static final int MAX_PIX = 64;

  private EnrolmentRoutes() {
  }

  /** @param framework the competences a training profile may name */
  public static void mount(Router router, EnrolmentService enrolment, CandidateImports imports,
      Guards guards, CompetenceFramework framework) {
    router.post("/api/sessions").handler(Replies.json(201, ctx -> {
      JsonRequest body = JsonRequest.of(ctx);
      SessionPlan plan = new SessionPlan(body.text("centre"), body.text("address"),
          body.text("room"), body.text("examiner"), body.date("date"), body.time("time"));
      return guards.staff(ctx).compose(ok -> enrolment.plan(plan)).map(planned -> new JsonObject()
          .put("id", planned.session().id())
          .put("accessCode", planned.session().accessCode())
          .put("invigilatorPassword", planned.invigilatorPassword()));
    }));

    router.post("/api/sessions/:sessionId/candidates").handler(Replies.json(201, ctx -> {
      JsonRequest body = JsonRequest.of(ctx);
      Enrolment enrolled = new Enrolment(body.text("lastName"), body.text("firstName"),
          body.date("birthdate"), body.optionalText("division"), body.optionalText("externalId"),
          body.integer("extraTimePercentage", 0), body.bool("needsAccessibility", false),
          profile(body.raw("profile"), framework));
      String sessionId = ctx.pathParam("sessionId");
      return guards.planner(ctx, sessionId)
          .compose(ok -> enrolment.enrol(sessionId, enrolled))
          .map(candidate -> new JsonObject().put("id", candidate.id()));
    }));

    router.post("/api/sessions/:sessionId/candidate-imports").handler(Replies.json(200, ctx -> {
      CandidateImports.Format format = option(ctx, "format", CandidateImports.Format.class, null);
      CandidateImports.Mode mode = option(ctx, "mode", CandidateImports.Mode.class,
          CandidateImports.Mode.PREVIEW);
      byte[] file = ctx.body() == null || ctx.body().buffer() == null ? new byte[0]
          : ctx.body().buffer().getBytes();
      String sessionId = ctx.pathParam("sessionId");
      return guards.planner(ctx, sessionId)
          .compose(ok -> imports.upload(sessionId, format, mode, file))
          .map(outcome -> importJson(outcome, mode));
    }));

    router.get("/api/sessions/:sessionId").handler(Replies.json(200, ctx -> {
      String sessionId = ctx.pathParam("sessionId");
      return guards.supervisor(ctx, sessionId)
          .compose(ok -> Future.all(enrolment.session(sessionId), enrolment.candidates(sessionId)))
          .map(all -> sessionJson(all.resultAt(0), all.resultAt(1)));
    }));
  }

  /** A query option named like the enum's constants, in lower case with hyphens. */
  private static <E extends Enum<E>> E option(RoutingContext ctx, String name, Class<E> type,
      E absent) {
    String value = ctx.queryParams().get(name);
    if (value == null && absent != null) {
      return absent;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().replace('_', '-').toLowerCase(Locale.ROOT).equals(value)) {
        return constant;
      }
    }
    List<String> known = Arrays.stream(type.getEnumConstants())
        .map(c -> c.name().replace('_', '-').toLowerCase(Locale.ROOT)).toList();
    throw DomainException.invalid("INVALID_PARAMETER",
        "Query parameter '" + name + "' must be one of " + String.join(", ", known));
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
    return new JsonObject()
        .put("mode", mode.name().replace('_', '-').toLowerCase(Locale.ROOT))
        .put("clean", outcome.report().isClean())
        .put("fileRejected", outcome.report().isFileRejected())
        .put("validCount", outcome.report().candidates().size())
        .put("rejectedCount", outcome.report().rejectedCount())
        .put("enrolledCount", outcome.enrolled().size())
        .put("enrolledIds", enrolled)
        .put("candidates", candidates)
        .put("problems", problems)
        .put("skipped", skipped);
  }

  private static JsonObject draftJson(CandidateDraft draft) {
    return new JsonObject()
        .put("lastName", draft.lastName())
        .put("firstName", draft.firstName())
        .put("birthdate", draft.birthdate().toString())
        .put("division", draft.division())
        .put("externalId", draft.externalId())
        .put("extraTimePercentage", draft.extraTimePercentage())
        .put("needsAccessibility", draft.needsAccessibility());
  }

  private static JsonObject problemJson(ImportProblem problem) {
    return new JsonObject()
        .put("line", problem.line())
        .put("candidate", problem.candidate())
        .put("field", problem.field())
        .put("code", problem.code().name())
        .put("reason", problem.reason())
        .put("description", problem.describe());
  }

  private static JsonObject sessionJson(Session session, List<Candidate> candidates) {
    JsonArray enrolled = new JsonArray();
    candidates.forEach(candidate -> enrolled.add(candidateJson(candidate)));
    return new JsonObject()
        .put("id", session.id())
        .put("centre", session.centre())
        .put("address", session.address())
        .put("room", session.room())
        .put("examiner", session.examiner())
        .put("date", session.date().toString())
        .put("time", session.time().toString())
        .put("accessCode", session.accessCode())
        .put("candidates", enrolled);
  }

  /**
   * A candidate as staff, centres and invigilators see them. {@code certifiability} is
   * {@code CERTIFIABLE}, {@code NOT_CERTIFIABLE} or {@code UNKNOWN_PROFILE}.
   */
  public static JsonObject candidateJson(Candidate candidate) {
    return new JsonObject()
        .put("id", candidate.id())
        .put("lastName", candidate.lastName())
        .put("firstName", candidate.firstName())
        .put("birthdate", candidate.birthdate().toString())
        .put("division", candidate.division())
        .put("externalId", candidate.externalId())
        .put("extraTimePercentage", candidate.extraTimePercentage())
        .put("needsAccessibility", candidate.needsAccessibility())
        .put("profile", candidate.profile() == null ? null : new JsonObject(Map.copyOf(candidate.profile())))
        .put("certifiability", candidate.isCertifiable()
            .map(certifiable -> certifiable ? "CERTIFIABLE" : "NOT_CERTIFIABLE")
            .orElse("UNKNOWN_PROFILE"));
  }
}

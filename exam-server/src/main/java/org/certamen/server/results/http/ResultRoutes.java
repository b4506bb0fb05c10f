package org.certamen.server.results.http;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.certamen.engine.framework.CompetenceFramework;
import org.certamen.server.planning.domain.Session;
import org.certamen.server.http.ClientAddresses;
import org.certamen.server.http.Guards;
import org.certamen.server.http.JsonRequest;
import org.certamen.server.http.PublicUrl;
import org.certamen.server.http.Replies;
import org.certamen.server.results.domain.CandidateResult;
import org.certamen.server.results.domain.Finalization;
import org.certamen.server.results.domain.FinalizationReport;
import org.certamen.server.results.domain.JuryAction;
import org.certamen.server.results.domain.ResultsService;
import org.certamen.server.results.domain.SessionResults;
import org.certamen.server.shared.DomainException;
import org.certamen.server.staff.domain.StaffService;
import org.certamen.server.staff.domain.StaffUser;

/** Finalisation, the staff's processing, results, exports, attestations and certificate checks. */
public final class ResultRoutes {
  /** Most sessions one bulk publication takes: a day's queue, answered in one request. */
  private static final int MAX_BULK_SESSIONS = 500;

  private ResultRoutes() {
  }

  /** French sentences for the refusals of a bulk publication, which the console shows. */
  private static final Map<String, String> PUBLICATION_REFUSALS = Map.of(
      "SESSION_NOT_FINALIZED", "Cette session n'est pas finalisée, ou n'existe pas.",
      "SESSION_ALREADY_PUBLISHED", "Les résultats de cette session sont déjà publiés.");

  public static void mount(Router router, ResultsService results, Guards guards,
      StaffService staff, CompetenceFramework framework, PublicUrl publicUrl) {
    String sessionPath = "/api/sessions/:sessionId";
    String candidatePath = sessionPath + "/candidates/:candidateId";
    Attestations attestations = new Attestations(framework);
    ResultsCsv csv = new ResultsCsv(framework);

    router.post(sessionPath + "/finalization").handler(Replies.json(201, ctx -> {
      String sessionId = ctx.pathParam("sessionId");
      FinalizationReport report = report(JsonRequest.of(ctx));
      return guards.supervisorIdentity(ctx, sessionId)
          .compose(actor -> results.finalize(sessionId, report, actor.name()))
          .map(ResultsJson::finalization);
    }));

    router.get("/api/finalized-sessions").handler(Replies.json(200, ctx -> guards.staff(ctx)
        .compose(ok -> results.waitingSessions())
        .map(waiting -> {
          JsonArray array = new JsonArray();
          waiting.forEach(w -> array.add(ResultsJson.waiting(w)));
          return array;
        })));

    router.post(candidatePath + "/jury-actions").handler(Replies.json(201, ctx -> {
      JuryAction action = juryAction(JsonRequest.of(ctx));
      String sessionId = ctx.pathParam("sessionId");
      String candidateId = ctx.pathParam("candidateId");
      return guards.staff(ctx)
          .compose(user -> results.applyJuryAction(sessionId, candidateId, action, user.name())
              .compose(result -> staff.record(user, "jury-action:" + action.kind().apiName(),
                  sessionId, candidateId).map(result)))
          .map(ResultsJson::version);
    }));

    router.post(candidatePath + "/jury-action-previews").handler(Replies.json(200, ctx -> {
      JuryAction action = juryAction(JsonRequest.of(ctx));
      return guards.staff(ctx)
          .compose(user -> results.previewJuryAction(ctx.pathParam("sessionId"),
              ctx.pathParam("candidateId"), action, user.name()))
          .map(ResultsJson::version);
    }));

    router.get(sessionPath + "/finalization").handler(Replies.json(200, ctx -> guards.staff(ctx)
        .compose(user -> results.finalization(ctx.pathParam("sessionId")))
        .map(ResultsJson::finalization)));

    router.get(candidatePath + "/result-versions").handler(Replies.json(200, ctx -> guards.staff(ctx)
        .compose(ok -> results.versions(ctx.pathParam("sessionId"), ctx.pathParam("candidateId")))
        .map(versions -> {
          JsonArray array = new JsonArray();
          versions.forEach(v -> array.add(ResultsJson.version(v)));
          return array;
        })));

    router.post(sessionPath + "/publication").handler(Replies.json(201, ctx -> guards.staff(ctx)
        .compose(user -> publish(results, staff, user, ctx.pathParam("sessionId")))
        .map(ResultsJson::finalization)));

    router.post("/api/publications").handler(Replies.json(200, ctx -> {
      List<String> sessionIds = sessionIds(JsonRequest.of(ctx));
      return guards.staff(ctx).compose(user -> publishEach(results, staff, user, sessionIds));
    }));

    router.get(sessionPath + "/results").handler(Replies.json(200, ctx ->
        visibleResults(ctx, results, guards).map(all -> {
          JsonArray array = new JsonArray();
          all.results().forEach(line -> array.add(ResultsJson.result(line)));
          all.absent().forEach(candidate -> array.add(ResultsJson.absent(candidate)));
          return array;
        })));

    router.get(sessionPath + "/results.csv").handler(ctx -> reply(ctx, () ->
        visibleResults(ctx, results, guards).map(all -> {
          String division = ctx.queryParams().get("division");
          return new Document(Buffer.buffer(csv.write(all.ofDivision(division))
              .getBytes(StandardCharsets.UTF_8)), "text/csv; charset=utf-8",
              fileName("resultats-session-" + all.session().id(), division, "csv"));
        })));

    router.get(candidatePath + "/attestation.pdf").handler(ctx -> reply(ctx, () ->
        visibleResults(ctx, results, guards).compose(all -> {
          String candidateId = ctx.pathParam("candidateId");
          CandidateResult line = all.results().stream()
              .filter(r -> r.candidate().id().equals(candidateId)).findFirst()
              .orElseThrow(() -> DomainException.notFound("RESULT_NOT_FOUND",
                  "Candidate " + candidateId + " has no result in session " + all.session().id()));
          if (!line.result().isValidated()) {
            throw DomainException.conflict("NO_ATTESTATION", "The certification of candidate "
                + candidateId + " is " + line.result().status().apiName() + ": no attestation");
          }
          return pdf(ctx, attestations, all.session(), List.of(line), publicUrl,
              fileName("attestation-" + all.session().id() + "-" + candidateId, null, "pdf"));
        })));

    router.get(sessionPath + "/attestations.pdf").handler(ctx -> reply(ctx, () ->
        visibleResults(ctx, results, guards).compose(all -> {
          String division = ctx.queryParams().get("division");
          List<CandidateResult> validated = all.ofDivision(division).results().stream()
              .filter(r -> r.result().isValidated()).toList();
          if (validated.isEmpty()) {
            throw DomainException.conflict("NO_ATTESTATION",
                "No validated certification" + (division == null ? "" : " in class " + division));
          }
          return pdf(ctx, attestations, all.session(), validated, publicUrl,
              fileName("attestations-session-" + all.session().id(), division, "pdf"));
        })));

    router.get("/api/certificates/:verificationCode").handler(Replies.json(200, ctx ->
        results.certificate(ctx.pathParam("verificationCode"), ClientAddresses.of(ctx))
            .map(ResultsJson::certificate)));
  }

  /** A file to send. */
  record Document(Buffer bytes, String contentType, String fileName) {
  }

  /**
   * Staff see results at once; the session's invigilator, and the administrators of the centre
   * that planned it (not its other members, as the national guide has it), once published.
   */
  private static Future<SessionResults> visibleResults(RoutingContext ctx, ResultsService results,
      Guards guards) {
    String sessionId = ctx.pathParam("sessionId");
    return guards.supervisorIdentity(ctx, sessionId)
        .compose(who -> (who.name().equals(Guards.CENTRE)
            ? guards.centre(ctx).map(SchoolResultRoutes::requireAdministrator)
            : Future.succeededFuture())
            .compose(ok -> results.results(sessionId, who.isStaff())));
  }

  private static Future<Finalization> publish(ResultsService results, StaffService staff,
      StaffUser user, String sessionId) {
    return results.publish(sessionId, user.name()).compose(published ->
        staff.record(user, "publication", sessionId, null).map(published));
  }

  /**
   * Publishes each session on its own, one after the other: a refusal leaves the others be, and
   * a session is published whole or not at all.
   */
  private static Future<JsonObject> publishEach(ResultsService results, StaffService staff,
      StaffUser user, List<String> sessionIds) {
    JsonArray published = new JsonArray();
    JsonArray refused = new JsonArray();
    Future<Void> chain = Future.succeededFuture();
    for (String sessionId : sessionIds) {
      chain = chain.compose(ok -> publish(results, staff, user, sessionId).transform(outcome -> {
        if (outcome.succeeded()) {
          published.add(sessionId);
        } else if (outcome.cause() instanceof DomainException refusal) {
          refused.add(new JsonObject().put("sessionId", sessionId).put("code", refusal.code())
              .put("detail", PUBLICATION_REFUSALS.getOrDefault(refusal.code(), refusal.detail())));
        } else {
          return Future.failedFuture(outcome.cause());
        }
        return Future.succeededFuture();
      }));
    }
    return chain.map(done -> new JsonObject().put("published", published).put("refused", refused));
  }

  private static List<String> sessionIds(JsonRequest body) {
    if (!(body.raw("sessionIds") instanceof JsonArray array) || array.isEmpty()
        || array.size() > MAX_BULK_SESSIONS) {
      throw JsonRequest.invalid("sessionIds",
          "must be an array of 1 to " + MAX_BULK_SESSIONS + " session ids");
    }
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      if (!(array.getValue(i) instanceof String id) || id.isBlank()) {
        throw JsonRequest.invalid("sessionIds[" + i + "]", "must be a session id");
      }
      if (!ids.contains(id)) {
        ids.add(id);
      }
    }
    return ids;
  }

  /** Rendered off the event loop: a class's attestations take a moment. */
  private static Future<Document> pdf(RoutingContext ctx, Attestations attestations,
      Session session, List<CandidateResult> lines, PublicUrl publicUrl, String fileName) {
    String checkPage = publicUrl.base(ctx) + Attestations.CHECK_PAGE;
    return ctx.vertx().executeBlocking(() -> new Document(
        Buffer.buffer(attestations.render(session, lines, checkPage)), "application/pdf",
        fileName));
  }

  /** Sends the file the action produces; a refusal, even thrown at once, becomes a problem. */
  static void reply(RoutingContext ctx, Supplier<Future<Document>> action) {
    Future<Document> document;
    try {
      document = action.get();
    } catch (RuntimeException e) {
      ctx.fail(e);
      return;
    }
    document.onSuccess(file -> ctx.response()
            .putHeader("Content-Type", file.contentType())
            .putHeader("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
            .putHeader("Cache-Control", "no-store")
            .end(file.bytes()))
        .onFailure(ctx::fail);
  }

  /** An ASCII file name: letters, digits and hyphens, whatever the class is called. */
  static String fileName(String base, String division, String extension) {
    String name = division == null ? base : base + "-" + division;
    return name.replaceAll("[^A-Za-z0-9-]+", "_") + "." + extension;
  }

  private static FinalizationReport report(JsonRequest body) {
    Object rawIncidents = body.raw("incidents");
    if (rawIncidents != null && !(rawIncidents instanceof JsonArray)) {
      throw JsonRequest.invalid("incidents", "must be an array");
    }
    List<FinalizationReport.ReportedIncident> incidents = new ArrayList<>();
    if (rawIncidents != null) {
      JsonArray array = (JsonArray) rawIncidents;
      for (int i = 0; i < array.size(); i++) {
        if (!(array.getValue(i) instanceof JsonObject incident)) {
          throw JsonRequest.invalid("incidents[" + i + "]", "must be an object");
        }
        incidents.add(new FinalizationReport.ReportedIncident(
            typed(incident, "candidateId", String.class, i),
            typed(incident, "category", String.class, i),
            typed(incident, "questionNumber", Integer.class, i),
            typed(incident, "description", String.class, i)));
      }
    }
    Object rawReasons = body.raw("abortReasons");
    if (rawReasons != null && !(rawReasons instanceof JsonObject)) {
      throw JsonRequest.invalid("abortReasons", "must be an object of candidate id to reason");
    }
    Map<String, String> reasons = new LinkedHashMap<>();
    if (rawReasons != null) {
      for (Map.Entry<String, Object> entry : (JsonObject) rawReasons) {
        if (!(entry.getValue() instanceof String reason)) {
          throw JsonRequest.invalid("abortReasons." + entry.getKey(),
              "must be 'candidate' or 'technical'");
        }
        reasons.put(entry.getKey(), reason);
      }
    }
    return new FinalizationReport(body.optionalText("comment"), body.bool("hasIncident", false),
        body.bool("hasJoiningIssue", false), incidents, reasons);
  }

  private static <T> T typed(JsonObject object, String field, Class<T> type, int index) {
    Object value = object.getValue(field);
    if (value != null && !type.isInstance(value)) {
      throw JsonRequest.invalid("incidents[" + index + "]." + field,
          type == Integer.class ? "must be an integer" : "must be a string");
    }
    return type.cast(value);
  }

  private static JuryAction juryAction(JsonRequest body) {
    String name = body.text("action");
    JuryAction.Kind kind = JuryAction.Kind.fromApiName(name).orElseThrow(() ->
        JsonRequest.invalid("action", "must be neutralize, cancel, reject or rescore"));
    Integer questionNumber = body.has("questionNumber") ? body.integer("questionNumber", 0) : null;
    return new JuryAction(kind, questionNumber, comment(body, "commentForCandidate"),
        comment(body, "commentForOrganization"));
  }

  private static String comment(JsonRequest body, String field) {
    String comment = body.optionalText(field);
    if (comment != null && comment.length() > JuryAction.MAX_COMMENT_LENGTH) {
      throw JsonRequest.invalid(field, "must be at most " + JuryAction.MAX_COMMENT_LENGTH + " characters");
    }
    return comment;
  }

}

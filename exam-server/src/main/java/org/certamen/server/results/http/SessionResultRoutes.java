package org.certamen.server.results.http;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.certamen.engine.framework.CompetenceFramework;
import org.certamen.server.centre.http.CentreGuard;
import org.certamen.server.http.Guards;
import org.certamen.server.http.PublicUrl;
import org.certamen.server.http.Replies;
import org.certamen.server.http.Replies.Attachment;
import org.certamen.server.planning.domain.Session;
import org.certamen.server.results.domain.CandidateResult;
import org.certamen.server.results.domain.ScoredSessions;
import org.certamen.server.results.domain.SessionResults;
import org.certamen.server.shared.DomainException;

/**
 * A finalised session's results as JSON, a CSV export and PDF attestations: staff see them at
 * once, the session's invigilator and the centre's administrators once they are published.
 */
public record SessionResultRoutes(ScoredSessions sessions, Guards guards,
    CentreGuard centreGuard, CompetenceFramework framework, PublicUrl publicUrl) {
  private static final String SESSION_PATH = "/api/sessions/:sessionId";

  public static void mount(Router router, ScoredSessions sessions, Guards guards,
      CentreGuard centreGuard, CompetenceFramework framework, PublicUrl publicUrl) {
    SessionResultRoutes routes = new SessionResultRoutes(sessions, guards, centreGuard, framework,
        publicUrl);
    router.get(SESSION_PATH + "/results").handler(Replies.json(200, routes::results));
    router.get(SESSION_PATH + "/results.csv").handler(Replies.attachment(routes::resultsCsv));
    router.get(SESSION_PATH + "/candidates/:candidateId/attestation.pdf")
        .handler(Replies.attachment(routes::attestation));
    router.get(SESSION_PATH + "/attestations.pdf").handler(Replies.attachment(routes::attestations));
  }

  private Future<JsonArray> results(RoutingContext ctx) {
    return visibleResults(ctx).map(all -> {
      JsonArray array = new JsonArray();
      all.results().forEach(line -> array.add(ResultsJson.result(line)));
      all.absent().forEach(candidate -> array.add(ResultsJson.absent(candidate)));
      return array;
    });
  }

  private Future<Attachment> resultsCsv(RoutingContext ctx) {
    return visibleResults(ctx).map(all -> {
      String division = ctx.queryParams().get("division");
      String csv = new ResultsCsv(framework).write(all.ofDivision(division));
      return new Attachment(Buffer.buffer(csv.getBytes(StandardCharsets.UTF_8)),
          "text/csv; charset=utf-8",
          fileName("resultats-session-" + all.session().id(), division, "csv"));
    });
  }

  private Future<Attachment> attestation(RoutingContext ctx) {
    return visibleResults(ctx).compose(all -> {
      String candidateId = ctx.pathParam("candidateId");
      CandidateResult line = all.results().stream()
          .filter(r -> r.candidate().id().equals(candidateId)).findFirst()
          .orElseThrow(() -> DomainException.notFound("RESULT_NOT_FOUND",
              "Candidate " + candidateId + " has no result in session " + all.session().id()));
      if (!line.result().isValidated()) {
        throw DomainException.conflict("NO_ATTESTATION", "The certification of candidate "
            + candidateId + " is " + line.result().status().apiName() + ": no attestation");
      }
      return pdf(ctx, all.session(), List.of(line),
          fileName("attestation-" + all.session().id() + "-" + candidateId, null, "pdf"));
    });
  }

  private Future<Attachment> attestations(RoutingContext ctx) {
    return visibleResults(ctx).compose(all -> {
      String division = ctx.queryParams().get("division");
      List<CandidateResult> validated = all.ofDivision(division).results().stream()
          .filter(r -> r.result().isValidated()).toList();
      if (validated.isEmpty()) {
        throw DomainException.conflict("NO_ATTESTATION",
            "No validated certification" + (division == null ? "" : " in class " + division));
      }
      return pdf(ctx, all.session(), validated,
          fileName("attestations-session-" + all.session().id(), division, "pdf"));
    });
  }

  /**
   * Staff see results at once; the session's invigilator, and the administrators of the centre
   * that planned it (not its other members, as the national guide has it), once published.
   */
  private Future<SessionResults> visibleResults(RoutingContext ctx) {
    String sessionId = ctx.pathParam("sessionId");
    return guards.supervisorIdentity(ctx, sessionId)
        .compose(who -> (centreGuard.recognises(Guards.bearer(ctx))
            ? centreGuard.centre(ctx).map(SchoolResultRoutes::requireAdministrator)
            : Future.succeededFuture())
            .compose(ok -> sessions.results(sessionId, who.isStaff())));
  }

  /** Rendered off the event loop: a class's attestations take a moment. */
  private Future<Attachment> pdf(RoutingContext ctx, Session session, List<CandidateResult> lines,
      String fileName) {
    String checkPage = publicUrl.base(ctx) + Attestations.CHECK_PAGE;
    return ctx.vertx().executeBlocking(() -> new Attachment(
        Buffer.buffer(new Attestations(framework).render(session, lines, checkPage)),
        "application/pdf", fileName));
  }

  /** An ASCII file name: letters, digits and hyphens, whatever the class is called. */
  static String fileName(String base, String division, String extension) {
    String name = division == null ? base : base + "-" + division;
    return name.replaceAll("[^A-Za-z0-9-]+", "_") + "." + extension;
  }
}

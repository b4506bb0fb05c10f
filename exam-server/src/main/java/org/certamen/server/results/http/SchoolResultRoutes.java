package org.certamen.server.results.http;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.certamen.engine.framework.CompetenceFramework;
import org.certamen.server.centre.domain.CentreUser;
import org.certamen.server.centre.http.CentreGuard;
import org.certamen.server.http.Guards;
import org.certamen.server.http.JsonRequest;
import org.certamen.server.http.PublicUrl;
import org.certamen.server.http.Replies;
import org.certamen.server.http.Replies.Attachment;
import org.certamen.server.results.domain.ResultFilter;
import org.certamen.server.results.domain.SchoolResults;
import org.certamen.server.results.domain.SchoolYear;
import org.certamen.server.results.domain.SessionResults;
import org.certamen.server.shared.DomainException;

/**
 * A school's published results for its administrators: the list with its filters, the results
 * file and the attestations of a class or a pupil, and the record systems' export. Every route
 * takes the same filters: {@code year} (2026-2027), {@code session}, {@code division},
 * {@code candidate} (with {@code session}).
 */
public record SchoolResultRoutes(SchoolResults school, CentreGuard centreGuard,
    CompetenceFramework framework, PublicUrl publicUrl) {
  private static final String CENTRE_PATH = "/api/centres/:centreId";

  public static void mount(Router router, SchoolResults school, CentreGuard centreGuard,
      CompetenceFramework framework, PublicUrl publicUrl) {
    SchoolResultRoutes routes = new SchoolResultRoutes(school, centreGuard, framework, publicUrl);
    router.get(CENTRE_PATH + "/results").handler(Replies.json(200, routes::results));
    router.get(CENTRE_PATH + "/results.csv").handler(Replies.attachment(routes::resultsCsv));
    router.get(CENTRE_PATH + "/attestations.pdf").handler(Replies.attachment(routes::attestations));
    router.get(CENTRE_PATH + "/results-export.csv")
        .handler(Replies.attachment(routes::recordExportCsv));
    router.get(CENTRE_PATH + "/results-export.json")
        .handler(Replies.attachment(routes::recordExportJson));
  }

  private Future<JsonObject> results(RoutingContext ctx) {
    ResultFilter filter = filter(ctx);
    return published(ctx).map(all -> listJson(all, filter));
  }

  private Future<Attachment> resultsCsv(RoutingContext ctx) {
    return download(ctx, "resultats", "csv", shown -> Future.succeededFuture(
        text(new ResultsCsv(framework).write(shown), "text/csv; charset=utf-8")));
  }

  private Future<Attachment> attestations(RoutingContext ctx) {
    return download(ctx, "attestations", "pdf", shown -> {
      if (shown.stream().flatMap(s -> s.results().stream())
          .noneMatch(line -> line.result().isValidated())) {
        throw DomainException.conflict("NO_ATTESTATION",
            "No validated certification among the results chosen");
      }
      String checkPage = publicUrl.base(ctx) + Attestations.CHECK_PAGE;
      return ctx.vertx().executeBlocking(() -> new Attachment(Buffer.buffer(
          new Attestations(framework).render("Attestations de certification", shown, checkPage)),
          "application/pdf", null));
    });
  }

  private Future<Attachment> recordExportCsv(RoutingContext ctx) {
    return download(ctx, "export-livret", "csv", shown -> Future.succeededFuture(
        text(new RecordExport(framework).csv(shown), "text/csv; charset=utf-8")));
  }

  private Future<Attachment> recordExportJson(RoutingContext ctx) {
    return download(ctx, "export-livret", "json", shown -> Future.succeededFuture(
        text(new RecordExport(framework).json(shown).encodePrettily(),
            "application/json; charset=utf-8")));
  }

  /**
   * The chosen results as a file named after the school year, class, session and pupil chosen.
   *
   * @param render the file's bytes and type; its name is set here
   */
  private Future<Attachment> download(RoutingContext ctx, String base, String extension,
      Function<List<SessionResults>, Future<Attachment>> render) {
    ResultFilter filter = filter(ctx);
    String name = SessionResultRoutes.fileName(Stream.of(base,
            filter.year() == null ? null : filter.year().label(), filter.division(),
            filter.sessionId(), filter.candidateId())
        .filter(Objects::nonNull).reduce((a, b) -> a + "-" + b).orElseThrow(), null, extension);
    return published(ctx).compose(all -> render.apply(filter.apply(all)))
        .map(file -> new Attachment(file.bytes(), file.contentType(), name));
  }

  private static Attachment text(String content, String contentType) {
    return new Attachment(Buffer.buffer(content.getBytes(StandardCharsets.UTF_8)), contentType,
        null);
  }

  /** Every published result of the path's centre, for its administrators only. */
  private Future<List<SessionResults>> published(RoutingContext ctx) {
    return centreGuard.centre(ctx).compose(user -> school.published(administrator(ctx, user)));
  }

  private static String administrator(RoutingContext ctx, CentreUser user) {
    if (!user.centreId().equals(ctx.pathParam("centreId"))) {
      throw Guards.forbidden();
    }
    return requireAdministrator(user).centreId();
  }

  /** The user if an administrator of their centre: results are theirs to see, not every member's. */
  static CentreUser requireAdministrator(CentreUser user) {
    if (!user.isAdministrator()) {
      throw DomainException.forbidden("ADMINISTRATOR_ONLY",
          "Only the centre's administrators see its results");
    }
    return user;
  }

  private static ResultFilter filter(RoutingContext ctx) {
    String year = query(ctx, "year");
    String session = query(ctx, "session");
    String candidate = query(ctx, "candidate");
    if (candidate != null && session == null) {
      throw JsonRequest.invalid("candidate", "needs the session the pupil sat ('session')");
    }
    return new ResultFilter(year == null ? null : SchoolYear.parse(year).orElseThrow(() ->
        JsonRequest.invalid("year", "must be a school year such as 2026-2027")),
        session, query(ctx, "division"), candidate);
  }

  private static String query(RoutingContext ctx, String name) {
    String value = ctx.queryParams().get(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  /**
   * The results that pass the filter, and what the filters can offer: every school year with
   * results, and the classes and sessions of the chosen year.
   */
  private static JsonObject listJson(List<SessionResults> all, ResultFilter filter) {
    List<SessionResults> ofYear = new ResultFilter(filter.year(), null, null, null).apply(all);
    JsonArray results = new JsonArray();
    for (SessionResults session : filter.apply(all)) {
      session.results().forEach(line -> results.add(withSession(ResultsJson.result(line), session)));
      session.absent().forEach(pupil -> results.add(withSession(ResultsJson.absent(pupil), session)));
    }
    return new JsonObject()
        .put("years", new JsonArray(all.stream().map(s -> SchoolYear.of(s.session().date()))
            .distinct().sorted(Comparator.reverseOrder()).map(y -> (Object) y.label()).toList()))
        .put("divisions", new JsonArray(ofYear.stream()
            .flatMap(s -> Stream.concat(s.results().stream().map(r -> r.candidate().division()),
                s.absent().stream().map(c -> c.division())))
            .filter(Objects::nonNull).distinct().sorted().map(d -> (Object) d).toList()))
        .put("sessions", new JsonArray(ofYear.stream().map(s -> (Object) new JsonObject()
            .put("id", s.session().id()).put("date", s.session().date().toString())
            .put("time", s.session().time().toString())).toList()))
        .put("results", results);
  }

  private static JsonObject withSession(JsonObject line, SessionResults session) {
    return line.put("sessionId", session.session().id())
        .put("sessionDate", session.session().date().toString());
  }
}

package org.certamen.server.roster.http;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Optional;
import org.certamen.server.centre.http.CentreGuard;
import org.certamen.server.http.Guards;
import org.certamen.server.http.QueryOptions;
import org.certamen.server.http.Replies;
import org.certamen.server.planning.domain.CandidateImports.Format;
import org.certamen.server.planning.http.EnrolmentRoutes;
import org.certamen.server.roster.domain.Certifiability;
import org.certamen.server.roster.domain.ProfileImports;
import org.certamen.server.roster.domain.Pupil;
import org.certamen.server.roster.domain.PupilPage;
import org.certamen.server.roster.domain.PupilQuery;
import org.certamen.server.roster.domain.RosterImportReport;
import org.certamen.server.roster.domain.RosterImportSummary;
import org.certamen.server.roster.domain.RosterImports;
import org.certamen.server.roster.domain.RosterService;
import org.certamen.server.roster.json.PupilJson;
import org.certamen.server.shared.DomainException;
import org.certamen.server.shared.RecordJson;
import org.certamen.server.staff.http.StaffGuard;

/** A school's roster: its pupils, the imports of its list and of its pupils' profiles. */
public record RosterRoutes(RosterService roster, RosterImports imports, ProfileImports profiles,
    CentreGuard centreGuard, StaffGuard staffGuard) {
  private static final int DEFAULT_PAGE_SIZE = 50;
  private static final String CENTRE_PATH = "/api/centres/:centreId";

  /** What a member asks of an upload. */
  enum Mode {
    PREVIEW,
    APPLY
  }

  /** The pupils' status filter. */
  enum Status {
    ACTIVE,
    INACTIVE
  }

  /** Members of the school, or staff, reach these routes. */
  public static void mount(Router router, RosterService roster, RosterImports imports,
      ProfileImports profiles, CentreGuard centreGuard, StaffGuard staffGuard) {
    RosterRoutes routes = new RosterRoutes(roster, imports, profiles, centreGuard, staffGuard);
    router.post(CENTRE_PATH + "/pupil-imports").handler(Replies.json(200, routes::importPupils));
    router.post(CENTRE_PATH + "/profile-imports")
        .handler(Replies.json(200, routes::importProfiles));
    router.get(CENTRE_PATH + "/pupils").handler(Replies.json(200, routes::pupils));
  }

  private Future<JsonObject> importPupils(RoutingContext ctx) {
    Format format = QueryOptions.option(ctx, "format", Format.class, null);
    Mode mode = QueryOptions.option(ctx, "mode", Mode.class, Mode.PREVIEW);
    String centreId = ctx.pathParam("centreId");
    return centreOrStaff(ctx, centreId)
        .compose(ok -> imports.upload(centreId, format, mode == Mode.APPLY, file(ctx)))
        .map(RosterRoutes::importJson);
  }

  private Future<JsonObject> importProfiles(RoutingContext ctx) {
    Mode mode = QueryOptions.option(ctx, "mode", Mode.class, Mode.PREVIEW);
    String centreId = ctx.pathParam("centreId");
    return centreOrStaff(ctx, centreId)
        .compose(ok -> profiles.upload(centreId, mode == Mode.APPLY, file(ctx)))
        .map(RosterRoutes::profileImportJson);
  }

  private Future<JsonObject> pupils(RoutingContext ctx) {
    PupilQuery query = query(ctx);
    String centreId = ctx.pathParam("centreId");
    return centreOrStaff(ctx, centreId)
        .compose(ok -> roster.search(centreId, query)
            .compose(page -> roster.lastImport(centreId).map(last -> pageJson(page, last))));
  }

  /** A staff token, or the token of a member of this centre. */
  private Future<Void> centreOrStaff(RoutingContext ctx, String centreId) {
    if (staffGuard.isStaffToken(ctx)) {
      return staffGuard.staff(ctx).mapEmpty();
    }
    return centreGuard.centre(ctx).map(user -> {
      if (!user.centreId().equals(centreId)) {
        throw Guards.forbidden();
      }
      return null;
    });
  }

  private static byte[] file(RoutingContext ctx) {
    return ctx.body() == null || ctx.body().buffer() == null ? new byte[0]
        : ctx.body().buffer().getBytes();
  }

  private static PupilQuery query(RoutingContext ctx) {
    Status status = ctx.queryParams().contains("status")
        ? QueryOptions.option(ctx, "status", Status.class, null) : null;
    Certifiability.Status certifiability = ctx.queryParams().contains("certifiability")
        ? QueryOptions.option(ctx, "certifiability", Certifiability.Status.class, null) : null;
    String division = ctx.queryParams().get("division");
    return new PupilQuery(division == null || division.isBlank() ? null : division,
        status == null ? null : status == Status.ACTIVE, ctx.queryParams().get("q"),
        certifiability, number(ctx, "page", 1, Integer.MAX_VALUE),
        number(ctx, "pageSize", DEFAULT_PAGE_SIZE, PupilQuery.MAX_PAGE_SIZE));
  }

  private static int number(RoutingContext ctx, String name, int absent, int max) {
    String value = ctx.queryParams().get(name);
    if (value == null) {
      return absent;
    }
    try {
      int number = Integer.parseInt(value);
      if (number >= 1 && number <= max) {
        return number;
      }
    } catch (NumberFormatException notANumber) {
      // refused below
    }
    throw DomainException.invalid("INVALID_PARAMETER",
        "Query parameter '" + name + "' must be a whole number from 1 to " + max);
  }

  private static JsonObject pageJson(PupilPage page, Optional<RosterImportSummary> last) {
    JsonArray pupils = new JsonArray();
    page.pupils().forEach(pupil -> pupils.add(pupilJson(pupil)));
    return new JsonObject()
        .put("pupils", pupils)
        .put("total", page.total())
        .put("page", page.page())
        .put("pageSize", page.pageSize())
        .put("divisions", new JsonArray(List.copyOf(page.divisions())))
        .put("lastImport", last.map(RecordJson::toJson).orElse(null));
  }

  /** A pupil as the school sees them; their profile's detail stays with the pupil. */
  static JsonObject pupilJson(Pupil pupil) {
    Certifiability certifiability = pupil.certifiability();
    return PupilJson.pupil(pupil)
        .put("certifiability", new JsonObject()
            .put("status", certifiability.status().name())
            .put("since", certifiability.since() == null ? null
                : certifiability.since().toString()));
  }

  private static JsonObject importJson(RosterImportReport report) {
    JsonArray problems = new JsonArray();
    report.file().problems().forEach(p -> problems.add(EnrolmentRoutes.problemJson(p)));
    JsonArray skipped = new JsonArray();
    report.file().skipped().forEach(p -> skipped.add(EnrolmentRoutes.problemJson(p)));
    return new JsonObject()
        .put("applied", report.applied())
        .put("fileRejected", report.file().isFileRejected())
        .put("importedCount", report.imported())
        .put("addedCount", report.added().size())
        .put("updatedCount", report.updated().size())
        .put("reactivatedCount", report.reactivated().size())
        .put("deactivatedCount", report.deactivated().size())
        .put("unchangedCount", report.unchanged())
        .put("rejectedCount", report.file().rejectedCount())
        .put("added", pupils(report.added()))
        .put("updated", pupils(report.updated()))
        .put("reactivated", pupils(report.reactivated()))
        .put("deactivated", pupils(report.deactivated()))
        .put("problems", problems)
        .put("skipped", skipped);
  }

  private static JsonObject profileImportJson(ProfileImports.Report report) {
    JsonArray problems = new JsonArray();
    report.problems().forEach(p -> problems.add(EnrolmentRoutes.problemJson(p)));
    return new JsonObject()
        .put("applied", report.applied())
        .put("fileRejected", report.problems().stream().anyMatch(p -> p.concernsWholeFile()))
        .put("profileCount", report.profiles().size())
        .put("certifiableCount", report.profiles().stream()
            .filter(p -> p.certifiability().isCertifiable()).count())
        .put("rejectedCount", report.rejected())
        .put("pupils", pupils(report.profiles()))
        .put("problems", problems);
  }

  private static JsonArray pupils(List<Pupil> pupils) {
    JsonArray array = new JsonArray();
    pupils.forEach(pupil -> array.add(pupilJson(pupil)));
    return array;
  }
}

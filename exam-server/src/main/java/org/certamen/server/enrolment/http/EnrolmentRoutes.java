package org.certamen.server.enrolment.http;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import java.util.List;
import org.certamen.server.enrolment.domain.Candidate;
import org.certamen.server.enrolment.domain.Enrolment;
import org.certamen.server.enrolment.domain.EnrolmentService;
import org.certamen.server.enrolment.domain.Session;
import org.certamen.server.enrolment.domain.SessionPlan;
import org.certamen.server.http.Guards;
import org.certamen.server.http.JsonRequest;
import org.certamen.server.http.Replies;

/** Staff endpoints that plan sessions and enrol candidates. */
public final class EnrolmentRoutes {
  private EnrolmentRoutes() {
  }

  public static void mount(Router router, EnrolmentService enrolment, Guards guards) {
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
          body.integer("extraTimePercentage", 0), body.bool("needsAccessibility", false));
      return guards.staff(ctx)
          .compose(ok -> enrolment.enrol(ctx.pathParam("sessionId"), enrolled))
          .map(candidate -> new JsonObject().put("id", candidate.id()));
    }));

    router.get("/api/sessions/:sessionId").handler(Replies.json(200, ctx -> {
      String sessionId = ctx.pathParam("sessionId");
      return guards.supervisor(ctx, sessionId)
          .compose(ok -> Future.all(enrolment.session(sessionId), enrolment.candidates(sessionId)))
          .map(all -> sessionJson(all.resultAt(0), all.resultAt(1)));
    }));
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

  /** A candidate as staff and invigilators see them. */
  public static JsonObject candidateJson(Candidate candidate) {
    return new JsonObject()
        .put("id", candidate.id())
        .put("lastName", candidate.lastName())
        .put("firstName", candidate.firstName())
        .put("birthdate", candidate.birthdate().toString())
        .put("division", candidate.division())
        .put("externalId", candidate.externalId())
        .put("extraTimePercentage", candidate.extraTimePercentage())
        .put("needsAccessibility", candidate.needsAccessibility());
  }
}

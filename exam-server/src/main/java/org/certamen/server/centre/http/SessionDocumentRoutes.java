package org.certamen.server.centre.http;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import java.util.function.Function;
import org.certamen.server.centre.domain.CentreService;
import org.certamen.server.centre.domain.CentreSession;
import org.certamen.server.documents.SessionDocuments;
import org.certamen.server.planning.domain.EnrolmentService;
import org.certamen.server.http.Guards;
import org.certamen.server.http.PublicUrl;
import org.certamen.server.http.Replies;
import org.certamen.server.supervision.domain.SupervisionService;

/**
 * The invigilator's documents of a session, as PDF, for staff and the centre that planned it;
 * rendered on a worker thread, not on the event loop that serves the exams.
 */
public final class SessionDocumentRoutes {
  private SessionDocumentRoutes() {
  }

  public static void mount(Router router, EnrolmentService enrolment, CentreService centres,
      SupervisionService supervision, Guards guards, PublicUrl publicUrl) {
    router.get("/api/sessions/:sessionId/attendance-sheet.pdf").handler(pdf("feuille-emargement",
        ctx -> {
          String sessionId = ctx.pathParam("sessionId");
          return guards.planner(ctx, sessionId)
              .compose(ok -> Future.all(enrolment.session(sessionId), enrolment.candidates(sessionId),
                  supervision.absentees(sessionId)))
              .compose(all -> ctx.vertx().executeBlocking(() -> SessionDocuments.attendanceSheet(
                  all.resultAt(0), all.resultAt(1), all.resultAt(2))));
        }));

    router.get("/api/sessions/:sessionId/access-information.pdf").handler(pdf("informations-acces",
        ctx -> {
          String sessionId = ctx.pathParam("sessionId");
          return guards.planner(ctx, sessionId)
              .compose(ok -> Future.all(enrolment.session(sessionId), centres.plannedSession(sessionId)))
              .compose(all -> {
                String password = all.<Optional<CentreSession>>resultAt(1)
                    .map(CentreSession::invigilatorPassword).orElse(null);
                String baseUrl = publicUrl.base(ctx);
                return ctx.vertx().executeBlocking(() ->
                    SessionDocuments.accessInformation(all.resultAt(0), password, baseUrl));
              });
        }));
  }

  /** A session's PDF document, named after the session. */
  private static Handler<RoutingContext> pdf(String name,
      Function<RoutingContext, Future<byte[]>> document) {
    return Replies.attachment(ctx -> document.apply(ctx).map(pdf -> new Replies.Attachment(
        Buffer.buffer(pdf), "application/pdf",
        name + "-" + ctx.pathParam("sessionId") + ".pdf")));
  }
}

package org.certamen.server.exam.http;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import org.certamen.server.http.ClientAddresses;
import org.certamen.server.http.JsonRequest;
import org.certamen.server.http.Replies;
import org.certamen.server.exam.domain.AccessService;

/** How candidates and invigilators get their tokens. */
public record AccessRoutes(AccessService access) {

  public void mount(Router router) {
    router.post("/api/candidate-sessions").handler(Replies.json(201, this::enterAsCandidate));
    router.post("/api/invigilator-sessions").handler(Replies.json(201, this::loginInvigilator));
  }

  private Future<JsonObject> enterAsCandidate(RoutingContext ctx) {
    JsonRequest body = JsonRequest.of(ctx);
    String sessionId = body.text("sessionId").strip();
    String lastName = body.text("lastName");
    String firstName = body.text("firstName");
    LocalDate birthdate = body.date("birthdate");
    return access.enterAsCandidate(sessionId, lastName, firstName, birthdate,
            ClientAddresses.of(ctx))
        .map(entry -> new JsonObject()
            .put("token", entry.token().value())
            .put("candidateId", entry.token().candidateId())
            .put("status", entry.exam().status().name())
            .put("firstName", entry.candidate().firstName())
            .put("lastName", entry.candidate().lastName())
            .put("expiresAt", entry.token().expiresAt().toString()));
  }

  private Future<JsonObject> loginInvigilator(RoutingContext ctx) {
    JsonRequest body = JsonRequest.of(ctx);
    String sessionId = body.text("sessionId").strip();
    String password = body.text("password");
    return access.loginInvigilator(sessionId, password, ClientAddresses.of(ctx))
        .map(token -> new JsonObject()
            .put("token", token.value())
            .put("expiresAt", token.expiresAt().toString()));
  }
}

package org.certamen.server.exam.http;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.Map;
import org.certamen.engine.bank.Item;
import org.certamen.server.exam.domain.ExamService;
import org.certamen.server.exam.domain.ExamState;
import org.certamen.server.exam.domain.GivenValue;
import org.certamen.server.http.BoundedJsonBody;
import org.certamen.server.http.Guards;
import org.certamen.server.staff.http.StaffGuard;
import org.certamen.server.http.JsonRequest;
import org.certamen.server.http.Replies;
import org.certamen.server.exam.domain.AccessToken;
import org.certamen.server.shared.DomainException;

/**
 * The candidate's exam endpoints, and the invigilator's decision on alerts.
 *
 * @param questionIds how the question ids candidates see are made from the bank's item ids and
 *     read back: answers and alerts name the question by the id the candidate was given
 */
public record ExamRoutes(ExamService exams, AccessGuard access, StaffGuard staff, Guards guards,
    QuestionIds questionIds) {
  /** Stands for an id the candidate was not given: the service finds it is not on screen. */
  private static final String NO_ITEM = "";

  /**
   * Mounts the answers, most of an exam's requests, to be matched before other routes: the route
   * reads its own body, within {@code maxBodyBytes}.
   */
  public void mountAnswers(Router router, long maxBodyBytes) {
    router.post("/api/me/exam/answers").handler(new BoundedJsonBody(maxBodyBytes))
        .handler(Replies.json(200, this::answer));
  }

  /** Mounts the other routes. */
  public void mount(Router router) {
    String candidatePath = "/api/sessions/:sessionId/candidates/:candidateId";
    router.get("/api/extension-requirements")
        .handler(Replies.json(200, this::extensionRequirements));
    router.get("/api/me/exam").handler(Replies.json(200, this::current));
    router.post("/api/me/exam/start").handler(Replies.json(200, this::start));
    router.post("/api/me/exam/alerts").handler(Replies.json(201, this::raiseAlert));
    router.get(candidatePath + "/questions").handler(Replies.json(200, this::questionsSeen));
    router.post(candidatePath + "/alerts/:alertId/resolve")
        .handler(Replies.json(200, this::resolveAlert));
  }

  private Future<JsonObject> extensionRequirements(RoutingContext ctx) {
    return Future.succeededFuture(new JsonObject()
        .put("minimumVersion", exams.minExtensionVersion().toString()));
  }

  private Future<JsonObject> current(RoutingContext ctx) {
    return access.candidate(ctx)
        .compose(token -> exams.current(token.sessionId(), token.candidateId())
            .map(state -> stateJson(state, questionIds, token)));
  }

  private Future<JsonObject> start(RoutingContext ctx) {
    JsonRequest body = JsonRequest.of(ctx);
    String accessCode = body.text("accessCode");
    String extensionVersion = body.optionalText("extensionVersion");
    return access.candidate(ctx)
        .compose(token -> exams.start(token.sessionId(), token.candidateId(), accessCode,
            extensionVersion).map(state -> stateJson(state, questionIds, token)));
  }

  private Future<JsonObject> answer(RoutingContext ctx) {
    JsonRequest body = JsonRequest.of(ctx);
    String questionId = body.text("questionId");
    GivenValue value = givenValue(body);
    return access.candidate(ctx)
        .compose(token -> exams.answer(token.sessionId(), token.candidateId(),
                itemId(questionIds, token, questionId), value)
            .map(state -> stateJson(state, questionIds, token)));
  }

  private Future<JsonObject> raiseAlert(RoutingContext ctx) {
    JsonRequest body = JsonRequest.of(ctx);
    String kind = body.text("kind");
    String questionId = kind.equals("QUESTION") ? body.text("questionId") : null;
    String reason = body.optionalText("reason");
    if (!kind.equals("QUESTION") && !kind.equals("EXTENSION")) {
      throw JsonRequest.invalid("kind", "must be QUESTION or EXTENSION");
    }
    return access.candidate(ctx)
        .compose(token -> (kind.equals("QUESTION")
            ? exams.raiseQuestionAlert(token.sessionId(), token.candidateId(),
                itemId(questionIds, token, questionId), reason)
            : exams.raiseExtensionAlert(token.sessionId(), token.candidateId()))
            .map(raised -> new JsonObject()
                .put("alertId", raised.alert().id())
                .put("kind", raised.alert().kind().name())
                .put("exam", stateJson(raised.state(), questionIds, token))));
  }

  /** The questions a candidate saw with their bank items: for staff who neutralise one. */
  private Future<JsonArray> questionsSeen(RoutingContext ctx) {
    return staff.staff(ctx)
        .compose(user -> exams.questionsSeen(ctx.pathParam("sessionId"),
            ctx.pathParam("candidateId")))
        .map(seen -> new JsonArray(seen.stream().map(question -> new JsonObject()
            .put("number", question.number())
            .put("itemId", question.itemId())
            .put("type", question.item() == null ? null : question.item().type().name())
            .put("instruction", question.item() == null ? null
                : question.item().instruction())).toList()));
  }

  private Future<JsonObject> resolveAlert(RoutingContext ctx) {
    String sessionId = ctx.pathParam("sessionId");
    String candidateId = ctx.pathParam("candidateId");
    String alertId = ctx.pathParam("alertId");
    String decision = JsonRequest.of(ctx).text("decision");
    return guards.supervisorIdentity(ctx, sessionId)
        .compose(who -> exams.resolveAlert(sessionId, candidateId, alertId, decision,
            who.name()))
        .map(exam -> new JsonObject()
            .put("candidateId", candidateId)
            .put("status", exam.status().name())
            .put("alert", ExamViews.alert(exam.alerts().stream()
                .filter(a -> a.id().equals(alertId)).findFirst().orElseThrow())));
  }

  /** The item an id given to this candidate names; for any other text, an id no item has. */
  private static String itemId(QuestionIds questionIds, AccessToken token, String questionId) {
    return questionIds.itemId(token.sessionId(), token.candidateId(), questionId)
        .orElse(NO_ITEM);
  }

  /**
   * What the candidate may see: never the solution, the item's parameters nor its bank id.
   */
  static JsonObject stateJson(ExamState state, QuestionIds questionIds, AccessToken token) {
    return new JsonObject()
        .put("status", state.status().name())
        .put("questionIndex", state.questionIndex())
        .put("questionCount", state.questionCount())
        .put("remainingSeconds", state.remainingSeconds())
        .put("started", state.started())
        .put("question", state.question() == null ? null : questionJson(state.question(),
            questionIds.opaque(token.sessionId(), token.candidateId(), state.question().id())));
  }

  /** A question as a candidate or a pupil sees it: never its solution, parameters or bank id. */
  public static JsonObject questionJson(Item item, String id) {
    return new JsonObject()
        .put("id", id)
        .put("type", item.type().name())
        .put("instruction", item.instruction())
        .put("code", item.code())
        .put("proposals", new JsonArray(item.proposals()))
        .put("allowedDomains", new JsonArray(item.allowedDomains()));
  }

  /** The {@code value} of an answer (a text or an object of field texts), or {@code skipped}. */
  public static GivenValue givenValue(JsonRequest body) {
    if (body.bool("skipped", false)) {
      return new GivenValue.Skipped();
    }
    Object value = body.raw("value");
    if (value == null) {
      throw JsonRequest.invalid("value", "is required unless \"skipped\": true");
    }
    if (value instanceof String) {
      return new GivenValue.Text(body.optionalText("value"));
    }
    if (value instanceof JsonObject fields) {
      Map<String, String> texts = new LinkedHashMap<>();
      for (Map.Entry<String, Object> field : fields) {
        if (!(field.getValue() instanceof String text) || text.length() > JsonRequest.MAX_TEXT_LENGTH) {
          throw JsonRequest.invalid("value." + field.getKey(), "must be a string");
        }
        texts.put(field.getKey(), text);
      }
      return new GivenValue.Fields(texts);
    }
    throw DomainException.invalid("INVALID_FIELD",
        "Field 'value' must be a string or an object of field name to text");
  }
}

package org.certamen.benchmarks.load;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * One candidate taking the exam over the API, and the invigilator's part for them: entry,
 * authorisation, start, answers. Keeps what the server acknowledged, so drills can compare it
 * with the store. Its steps run one after another, never concurrently.
 */
public final class SimulatedCandidate {
  static final String ENTER = "POST /api/candidate-sessions";
  static final String AUTHORIZE = "POST /api/sessions/{id}/candidates/{id}/authorize-start";
  static final String START = "POST /api/me/exam/start";
  static final String EXAM = "GET /api/me/exam";
  static final String ANSWER = "POST /api/me/exam/answers";
  static final String SUPERVISION = "GET /api/sessions/{id}/supervision";
  /** The extension version every simulated browser reports. */
  static final String EXTENSION_VERSION = "1.0.0";

  private final Room room;
  private final String candidateId;
  private final String lastName;
  private final String firstName;
  private final String birthdate;
  private final Random random;
  private final Set<String> acknowledged = new LinkedHashSet<>();
  private final Set<String> attempted = new LinkedHashSet<>();
  private final List<String> failures = new ArrayList<>();
  private String token;
  private JsonObject pendingAnswer;
  /** The last 2xx reply showing the exam, and what the candidate acts on in it. */
  private ApiClient.Reply stateReply;
  private ExamView view;
  private long stateAtNanos;

  SimulatedCandidate(Room room, String candidateId, String lastName, String firstName,
      String birthdate) {
    this.room = room;
    this.candidateId = candidateId;
    this.lastName = lastName;
    this.firstName = firstName;
    this.birthdate = birthdate;
    this.random = new Random(candidateId.hashCode());
  }

  public Room room() {
    return room;
  }

  public String candidateId() {
    return candidateId;
  }

  public String token() {
    return token;
  }

  /** The last exam state a 2xx reply showed; null before the start. */
  public JsonObject state() {
    return stateReply == null ? null : stateReply.json();
  }

  /** The status of {@link #state()}; null before the start. */
  public String status() {
    return view == null ? null : view.status();
  }

  /** When {@link #state()} was received, from {@link System#nanoTime()}. */
  public long stateAtNanos() {
    return stateAtNanos;
  }

  /** The questions whose answer the server acknowledged, in order. */
  public List<String> acknowledged() {
    return List.copyOf(acknowledged);
  }

  /** The questions an answer was sent to, acknowledged or not. */
  public Set<String> attempted() {
    return Set.copyOf(attempted);
  }

  /** The last answer sent without an acknowledgement, or null. */
  public JsonObject pendingAnswer() {
    return pendingAnswer;
  }

  /** Sends the unacknowledged answer again, as a browser would after a failure. */
  public Future<ApiClient.Reply> resendPendingAnswer(ApiClient api) {
    return api.post(ANSWER, "/api/me/exam/answers", token, pendingAnswer).map(reply -> {
      if (keepState(ANSWER, reply)) {
        acknowledged.add(pendingAnswer.getString("questionId"));
        pendingAnswer = null;
      }
      return reply;
    });
  }

  /** The refusals and failures met, as "endpoint status code". */
  public List<String> failures() {
    return List.copyOf(failures);
  }

  public boolean isInProgress() {
    return view != null && view.isInProgress();
  }

  /** Enters the session with the candidate's identity; gets a token. */
  public Future<ApiClient.Reply> enter(ApiClient api) {
    return api.post(ENTER, "/api/candidate-sessions", null, new JsonObject()
        .put("sessionId", room.sessionId()).put("lastName", lastName)
        .put("firstName", firstName).put("birthdate", birthdate))
        .map(reply -> {
          if (check(ENTER, reply)) {
            token = reply.json().getString("token");
          }
          return reply;
        });
  }

  /** The invigilator authorises this candidate to start or resume. */
  public Future<ApiClient.Reply> authorize(ApiClient api) {
    return api.post(AUTHORIZE, "/api/sessions/" + room.sessionId() + "/candidates/" + candidateId
        + "/authorize-start", room.invigilatorToken(), null).map(reply -> {
          check(AUTHORIZE, reply);
          return reply;
        });
  }

  /** Starts or resumes with the access code and a detected extension. */
  public Future<ApiClient.Reply> start(ApiClient api) {
    return api.post(START, "/api/me/exam/start", token, new JsonObject()
        .put("accessCode", room.accessCode()).put("extensionVersion", EXTENSION_VERSION))
        .map(reply -> {
          keepState(START, reply);
          return reply;
        });
  }

  /** Reads the exam as the page shows it. */
  public Future<ApiClient.Reply> refresh(ApiClient api) {
    return api.get(EXAM, "/api/me/exam", token).map(reply -> {
      keepState(EXAM, reply);
      return reply;
    });
  }

  /**
   * Answers until the test is no longer in progress, {@code maxAnswers} were acknowledged in this
   * call, or the policy gives up after failures. Each answer waits {@code thinkMillis} first.
   */
  public Future<Void> answer(ApiClient api, Vertx vertx, long thinkMillis, int maxAnswers,
      FailurePolicy policy, LoadStats stats) {
    Promise<Void> done = Promise.promise();
    answerLoop(api, vertx, thinkMillis, maxAnswers, policy, stats, 0, done);
    return done.future();
  }

  private void answerLoop(ApiClient api, Vertx vertx, long thinkMillis, int remaining,
      FailurePolicy policy, LoadStats stats, int consecutiveFailures, Promise<Void> done) {
    if (remaining <= 0 || !isInProgress() || policy.stopped()) {
      done.complete();
      return;
    }
    Runnable next = () -> answerCurrent(api, stats).onComplete(result -> {
      boolean acknowledged = result.succeeded() && result.result();
      if (acknowledged) {
        answerLoop(api, vertx, thinkMillis, remaining - 1, policy, stats, 0, done);
      } else if (consecutiveFailures + 1 >= policy.maxConsecutiveFailures() || policy.stopped()) {
        done.complete();
      } else {
        // Read the state again: the refused answer may have been recorded, or the question changed.
        vertx.setTimer(policy.retryDelayMillis(), timer -> refresh(api).onComplete(refreshed ->
            answerLoop(api, vertx, thinkMillis, remaining, policy, stats, consecutiveFailures + 1,
                done)));
      }
    });
    if (thinkMillis > 0) {
      vertx.setTimer(thinkMillis, timer -> next.run());
    } else {
      next.run();
    }
  }

  /** Sends an answer to the question on screen; true when the server acknowledged it. */
  private Future<Boolean> answerCurrent(ApiClient api, LoadStats stats) {
    ExamView.Question question = view.question();
    String questionId = question.id();
    JsonObject body = new JsonObject().put("questionId", questionId)
        .put("value", valueFor(question));
    pendingAnswer = body;
    attempted.add(questionId);
    return api.post(ANSWER, "/api/me/exam/answers", token, body).map(reply -> {
      if (!keepState(ANSWER, reply)) {
        return false;
      }
      pendingAnswer = null;
      if (acknowledged.add(questionId)) {
        stats.acknowledgeAnswer();
      }
      return true;
    });
  }

  /**
   * A value in the question's syntax, right or wrong by chance: the generator does not know the
   * solutions.
   */
  Object valueFor(ExamView.Question question) {
    List<String> proposals = question.proposals();
    int count = Math.max(1, proposals.size());
    switch (question.type() == null ? "QROC" : question.type()) {
      case "QCU":
        return Integer.toString(1 + random.nextInt(count));
      case "QCM": {
        int first = 1 + random.nextInt(count);
        int second = 1 + random.nextInt(count);
        return first == second ? Integer.toString(first)
            : Math.min(first, second) + "," + Math.max(first, second);
      }
      case "QROCM": {
        JsonObject fields = new JsonObject();
        proposals.forEach(field -> fields.put(field, random.nextBoolean() ? "site" : "filetype"));
        return fields;
      }
      default:
        return random.nextBoolean() ? "-" : "je ne sais pas";
    }
  }

  /** Keeps a 2xx reply's exam state; false, the failure noted, for any other reply. */
  private boolean keepState(String endpoint, ApiClient.Reply reply) {
    ExamView shown = reply.ok() ? ExamView.of(reply.body()) : null;
    if (!succeeded(endpoint, reply, shown != null)) {
      return false;
    }
    stateReply = reply;
    view = shown;
    stateAtNanos = System.nanoTime();
    return true;
  }

  /** Whether a reply is a 2xx with a JSON object; notes its failure otherwise. */
  private boolean check(String endpoint, ApiClient.Reply reply) {
    return succeeded(endpoint, reply, reply.ok() && reply.json() != null);
  }

  private boolean succeeded(String endpoint, ApiClient.Reply reply, boolean success) {
    if (success) {
      room.servedBy(reply.target());
      return true;
    }
    failures.add(endpoint + " " + reply.status() + " " + reply.code());
    return false;
  }
}

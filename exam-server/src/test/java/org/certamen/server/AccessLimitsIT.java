package org.certamen.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certamen.server.ErrorPathsIT.assertProblem;

import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Rate limits, token expiry and the time rules. */
class AccessLimitsIT extends SessionFixture {
  @EveryStore
  void blocksIdentityGuessingAfterTenFailures() {
    flow.enrol(session, "Lefèvre", "Zoé", "2012-03-04", 0);
    flow.enrol(session, "Martin", "Léa", "2012-05-06", 0);
    for (int i = 0; i < 10; i++) {
      assertProblem(enter("LEFEVRE", "2012-01-" + (10 + i)), 404, "CANDIDATE_NOT_FOUND");
    }
    assertProblem(enter("Lefèvre", "2012-03-04"), 429, "TOO_MANY_ATTEMPTS");
    assertThat(enter("Martin", "2012-05-06").status())
        .as("a classmate behind the same address is not blocked").isEqualTo(201);
    server.clock.advance(Duration.ofMinutes(5));
    assertThat(enter("Lefèvre", "2012-03-04").status()).isEqualTo(201);
  }

  @EveryStore
  void blocksPasswordGuessingAfterTenFailures() {
    for (int i = 0; i < 10; i++) {
      assertProblem(server.post("/api/invigilator-sessions", null, new JsonObject()
          .put("sessionId", session.id()).put("password", "guess" + i)), 403, "WRONG_PASSWORD");
    }
    assertProblem(server.post("/api/invigilator-sessions", null, new JsonObject()
        .put("sessionId", session.id()).put("password", session.password())), 429, "TOO_MANY_ATTEMPTS");
  }

  @EveryStore
  void blocksAccessCodeGuessingAfterTenFailures() {
    flow.enrol(session, "Lefèvre", "Zoé", "2012-03-04", 0);
    ExamFlow.Entered candidate = flow.enter(session, "Lefèvre", "Zoé", "2012-03-04");
    flow.authorize(session, candidate);
    for (int i = 0; i < 10; i++) {
      assertProblem(start(candidate, "BAD" + i), 403, "WRONG_ACCESS_CODE");
    }
    assertProblem(start(candidate, session.accessCode()), 429, "TOO_MANY_ATTEMPTS");
    assertThat(flow.exam(candidate).getString("status")).isEqualTo("AUTHORIZED");
  }

  @EveryStore
  void evaluatesAtMostTenOfABurstOfWrongPasswords() {
    List<TestServer.Reply> replies = server.postAll("/api/invigilator-sessions", null,
        IntStream.range(0, 300).mapToObj(i -> new JsonObject()
            .put("sessionId", session.id()).put("password", "guess" + i)).toList());
    assertThat(codes(replies)).containsOnlyKeys("WRONG_PASSWORD", "TOO_MANY_ATTEMPTS")
        .containsEntry("WRONG_PASSWORD", 10L);
    assertProblem(server.post("/api/invigilator-sessions", null, new JsonObject()
        .put("sessionId", session.id()).put("password", session.password())), 429, "TOO_MANY_ATTEMPTS");
  }

  @EveryStore
  void evaluatesAtMostTenOfABurstOfIdentityGuesses() {
    flow.enrol(session, "Lefèvre", "Zoé", "2012-03-04", 0);
    List<TestServer.Reply> replies = server.postAll("/api/candidate-sessions", null,
        IntStream.range(0, 300).mapToObj(i -> identity(session.id(), "Lefèvre",
            LocalDate.parse("2000-01-01").plusDays(i).toString())).toList());
    assertThat(codes(replies)).containsOnlyKeys("CANDIDATE_NOT_FOUND", "TOO_MANY_ATTEMPTS")
        .containsEntry("CANDIDATE_NOT_FOUND", 10L);
    assertProblem(enter("Lefèvre", "2012-03-04"), 429, "TOO_MANY_ATTEMPTS");
  }

  @EveryStore
  void evaluatesAtMostTenOfABurstOfAccessCodes() {
    flow.enrol(session, "Lefèvre", "Zoé", "2012-03-04", 0);
    ExamFlow.Entered candidate = flow.enter(session, "Lefèvre", "Zoé", "2012-03-04");
    flow.authorize(session, candidate);
    List<TestServer.Reply> replies = server.postAll("/api/me/exam/start", candidate.token(),
        IntStream.range(0, 300).mapToObj(i -> new JsonObject()
            .put("accessCode", "BAD" + i).put("extensionVersion", "1.0.0")).toList());
    assertThat(codes(replies)).containsOnlyKeys("WRONG_ACCESS_CODE", "TOO_MANY_ATTEMPTS")
        .containsEntry("WRONG_ACCESS_CODE", 10L);
    assertProblem(start(candidate, session.accessCode()), 429, "TOO_MANY_ATTEMPTS");
    assertThat(flow.exam(candidate).getString("status")).isEqualTo("AUTHORIZED");
  }

  @EveryStore
  void aSuccessfulLoginTakesNoAttemptFromTheLimit() {
    for (int i = 0; i < 9; i++) {
      assertProblem(login(session.id(), "guess" + i), 403, "WRONG_PASSWORD");
    }
    assertThat(login(session.id(), session.password()).status()).isEqualTo(201);
    assertThat(login(session.id(), session.password()).status()).isEqualTo(201);
    assertProblem(login(session.id(), "guess9"), 403, "WRONG_PASSWORD");
    assertProblem(login(session.id(), session.password()), 429, "TOO_MANY_ATTEMPTS");
  }

  @EveryStore
  void blocksSessionNumberEnumerationFromOneAddress() {
    flow.enrol(session, "Lefèvre", "Zoé", "2012-03-04", 0);
    List<String> unknown = IntStream.range(0, 301).mapToObj(i -> String.format("%06d", i))
        .filter(number -> !number.equals(session.id())).limit(300).toList();
    for (String number : unknown.subList(0, 10)) {
      assertProblem(login(number, "guess"), 404, "SESSION_NOT_FOUND");
    }
    assertProblem(server.post("/api/candidate-sessions", null,
        identity(unknown.get(10), "Lefèvre", "2012-03-04")), 429, "TOO_MANY_ATTEMPTS");
    assertProblem(enter("Lefèvre", "2012-03-04"), 429, "TOO_MANY_ATTEMPTS");
    assertProblem(login(session.id(), session.password()), 429, "TOO_MANY_ATTEMPTS");
    server.clock.advance(Duration.ofMinutes(5));
    assertThat(enter("Lefèvre", "2012-03-04").status()).isEqualTo(201);
  }

  @EveryStore
  void answersAtMostTenOfABurstOfUnknownSessionNumbers() {
    flow.enrol(session, "Lefèvre", "Zoé", "2012-03-04", 0);
    List<TestServer.Reply> replies = server.postAll("/api/candidate-sessions", null,
        IntStream.range(0, 301).mapToObj(i -> String.format("%06d", i))
            .filter(number -> !number.equals(session.id())).limit(300)
            .map(number -> identity(number, "Lefèvre", "2012-03-04")).toList());
    assertThat(codes(replies)).containsOnlyKeys("SESSION_NOT_FOUND", "TOO_MANY_ATTEMPTS")
        .containsEntry("SESSION_NOT_FOUND", 10L);
    assertProblem(enter("Lefèvre", "2012-03-04"), 429, "TOO_MANY_ATTEMPTS");
  }

  @EveryStore
  void pupilsBehindOneAddressEnterAllAtOnce() {
    List<JsonObject> identities = new ArrayList<>();
    // A full room (20 for one invigilator), twice the ten failures the limit allows.
    for (int i = 0; i < 20; i++) {
      String birthdate = LocalDate.parse("2012-01-01").plusDays(i).toString();
      flow.enrol(session, "Élève" + (char) ('A' + i), "Zoé", birthdate, 0);
      identities.add(identity(session.id(), "Élève" + (char) ('A' + i), birthdate));
    }
    assertThat(server.postAll("/api/candidate-sessions", null, identities))
        .extracting(TestServer.Reply::status).containsOnly(201);
  }

  @EveryStore
  void candidateTokensExpireAfterFourHours() {
    ExamFlow.Entered candidate = flow.startedCandidate(session, "Lefèvre");
    server.clock.advance(Duration.ofHours(4).minusSeconds(1));
    assertThat(server.get("/api/me/exam", candidate.token()).status()).isEqualTo(200);
    server.clock.advance(Duration.ofSeconds(1));
    assertProblem(server.get("/api/me/exam", candidate.token()), 401, "INVALID_TOKEN");
  }

  @EveryStore
  void invigilatorTokensExpireAfterTwelveHours() {
    server.clock.advance(Duration.ofHours(12));
    assertProblem(server.get("/api/sessions/" + session.id() + "/supervision",
        session.invigilatorToken()), 401, "INVALID_TOKEN");
  }

  @EveryStore
  void extraTimeLengthensTheTest() {
    flow.enrol(session, "Lent", "Léo", "2012-03-04", 30);
    ExamFlow.Entered candidate = flow.enter(session, "Lent", "Léo", "2012-03-04");
    flow.authorize(session, candidate);
    assertThat(flow.start(session, candidate).getLong("remainingSeconds")).isEqualTo(8190);
    server.clock.advance(Duration.ofMinutes(105));
    JsonObject state = flow.exam(candidate);
    assertThat(state.getString("status")).isEqualTo("IN_PROGRESS");
    assertThat(state.getLong("remainingSeconds")).isEqualTo(8190 - 6300);
    assertThat(flow.line(session, candidate).getLong("remainingSeconds")).isEqualTo(8190 - 6300);
    server.clock.advance(Duration.ofSeconds(8190 - 6300));
    assertThat(flow.exam(candidate).getString("status")).isEqualTo("ENDED_TIME_UP");
    assertThat(flow.line(session, candidate).getString("status")).isEqualTo("ENDED_TIME_UP");
  }

  @EveryStore
  void showsWhenThePageWasLastSeen() {
    ExamFlow.Entered candidate = flow.startedCandidate(session, "Lefèvre");
    assertThat(flow.line(session, candidate).getValue("lastSeenAt")).isNull();
    server.post("/api/me/heartbeat", candidate.token(), new JsonObject()
        .put("extensionVersion", "1.2.0").put("blockingActive", true).put("blockedAttempts", 3));
    server.clock.advance(Duration.ofSeconds(20));
    JsonObject line = flow.line(session, candidate);
    assertThat(line.getInteger("secondsSinceLastSeen")).isEqualTo(20);
    assertThat(line.getInteger("blockedAttempts")).isEqualTo(3);
    assertThat(line.getString("extensionVersion")).isEqualTo("1.2.0");
  }

  private TestServer.Reply enter(String lastName, String birthdate) {
    return server.post("/api/candidate-sessions", null, identity(session.id(), lastName, birthdate));
  }

  private static JsonObject identity(String sessionId, String lastName, String birthdate) {
    return new JsonObject().put("sessionId", sessionId).put("lastName", lastName)
        .put("firstName", lastName.equals("Martin") ? "Léa" : "Zoé").put("birthdate", birthdate);
  }

  private TestServer.Reply login(String sessionId, String password) {
    return server.post("/api/invigilator-sessions", null, new JsonObject()
        .put("sessionId", sessionId).put("password", password));
  }

  /** How many replies carry each problem code. */
  private static Map<String, Long> codes(List<TestServer.Reply> replies) {
    return replies.stream().collect(Collectors.groupingBy(TestServer.Reply::code, Collectors.counting()));
  }

  private TestServer.Reply start(ExamFlow.Entered candidate, String accessCode) {
    return server.post("/api/me/exam/start", candidate.token(), new JsonObject()
        .put("accessCode", accessCode).put("extensionVersion", "1.0.0"));
  }
}

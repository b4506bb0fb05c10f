package org.certamen.benchmarks.load;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * The state the fuzzer attacks: session A with a candidate mid-test (a1), one who entered and
 * waits (a2) and one who never came (a3); session B with a candidate mid-test (b1). Everything
 * the invigilators and candidates can read of it makes the snapshot compared before and after.
 */
final class FuzzFixture {
  final String staffToken;
  final Room roomA;
  final Room roomB;
  final SimulatedCandidate a1;
  final SimulatedCandidate a2;
  final SimulatedCandidate a3;
  final SimulatedCandidate b1;
  /** The question a1 already answered: answering it again must change nothing. */
  final String a1AnsweredQuestion;

  private FuzzFixture(String staffToken, List<Room> rooms, String a1AnsweredQuestion) {
    this.staffToken = staffToken;
    this.roomA = rooms.get(0);
    this.roomB = rooms.get(1);
    this.a1 = roomA.candidates().get(0);
    this.a2 = roomA.candidates().get(1);
    this.a3 = roomA.candidates().get(2);
    this.b1 = roomB.candidates().get(0);
    this.a1AnsweredQuestion = a1AnsweredQuestion;
  }

  static FuzzFixture create(Vertx vertx, ApiClient api, String staffToken) {
    List<Room> rooms = Await.result(new Staff(api, staffToken).prepare(2 * Room.CAPACITY, 2, 7));
    SimulatedCandidate a1 = rooms.get(0).candidates().get(0);
    SimulatedCandidate a2 = rooms.get(0).candidates().get(1);
    SimulatedCandidate b1 = rooms.get(1).candidates().get(0);
    LoadStats stats = new LoadStats();
    FailurePolicy giveUp = FailurePolicy.giveUp();
    for (SimulatedCandidate started : List.of(a1, b1)) {
      Await.result(started.enter(api).compose(e -> started.authorize(api))
          .compose(a -> started.start(api))
          .compose(s -> started.answer(api, vertx, 0, started == a1 ? 2 : 1, giveUp, stats)));
      if (!started.isInProgress()) {
        throw new IllegalStateException("The fuzzer's fixture could not start a test: " + started.failures());
      }
    }
    Await.result(a2.enter(api));
    return new FuzzFixture(staffToken, rooms, a1.acknowledged().get(0));
  }

  String currentQuestion(SimulatedCandidate candidate) {
    return candidate.state().getJsonObject("question").getString("id");
  }

  /** What staff, invigilators and candidates can read, without the fields that follow the clock. */
  JsonObject snapshot(ApiClient api) {
    JsonObject snapshot = new JsonObject();
    for (Room room : List.of(roomA, roomB)) {
      snapshot.put("session " + room.sessionId(), read(api, "/api/sessions/" + room.sessionId(), staffToken));
      snapshot.put("supervision " + room.sessionId(),
          read(api, "/api/sessions/" + room.sessionId() + "/supervision", staffToken));
    }
    for (SimulatedCandidate candidate : List.of(a1, a2, a3, b1)) {
      snapshot.put("events " + candidate.candidateId(), read(api, "/api/sessions/"
          + candidate.room().sessionId() + "/candidates/" + candidate.candidateId() + "/events", staffToken));
      if (candidate.token() != null) {
        snapshot.put("exam " + candidate.candidateId(), read(api, "/api/me/exam", candidate.token()));
      }
    }
    return withoutClock(snapshot);
  }

  private static JsonObject read(ApiClient api, String path, String token) {
    ApiClient.Reply reply = Await.result(api.get("snapshot", path, token));
    return new JsonObject().put("status", reply.status()).put("body", reply.json());
  }

  private static JsonObject withoutClock(JsonObject json) {
    JsonObject copy = new JsonObject();
    json.forEach(field -> {
      if (!List.of("at", "remainingSeconds", "secondsSinceLastSeen").contains(field.getKey())) {
        copy.put(field.getKey(), withoutClock(field.getValue()));
      }
    });
    return copy;
  }

  private static Object withoutClock(Object value) {
    if (value instanceof JsonObject object) {
      return withoutClock(object);
    }
    if (value instanceof JsonArray array) {
      JsonArray copy = new JsonArray();
      array.forEach(item -> copy.add(withoutClock(item)));
      return copy;
    }
    return value;
  }
}

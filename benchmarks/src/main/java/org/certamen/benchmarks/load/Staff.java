package org.certamen.benchmarks.load;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans sessions and enrols candidates as the staff of a centre, then logs each session's
 * invigilator in: the state a load run starts from.
 */
public final class Staff {
  static final String PLAN = "POST /api/sessions";
  static final String ENROL = "POST /api/sessions/{id}/candidates";
  static final String LOGIN = "POST /api/invigilator-sessions";

  private final ApiClient api;
  private final String staffToken;

  public Staff(ApiClient api, String staffToken) {
    this.api = api;
    this.staffToken = staffToken;
  }

  /**
   * Rooms of at most {@link Room#CAPACITY} candidates, {@code candidates} in all, with their
   * invigilators logged in. Fails on the first refusal: a load run needs all of them.
   *
   * @param parallelism how many rooms are prepared at once
   */
  public Future<List<Room>> prepare(int candidates, int parallelism, long seed) {
    int roomCount = (candidates + Room.CAPACITY - 1) / Room.CAPACITY;
    List<Room> rooms = new ArrayList<>();
    return Sequences.forEach(roomCount, parallelism, index -> {
      int size = Math.min(Room.CAPACITY, candidates - index * Room.CAPACITY);
      return prepareRoom(index, size, seed).map(room -> {
        synchronized (rooms) {
          rooms.add(room);
        }
        return null;
      });
    }).map(done -> {
      rooms.sort((a, b) -> a.sessionId().compareTo(b.sessionId()));
      return rooms;
    });
  }

  private Future<Room> prepareRoom(int index, int size, long seed) {
    JsonObject plan = new JsonObject().put("centre", "Centre de charge " + index)
        .put("address", "1 rue du Banc d'essai, Lyon").put("room", "Salle " + index)
        .put("examiner", "M. Durand").put("date", LocalDate.now().toString()).put("time", "09:00");
    return api.post(PLAN, "/api/sessions", staffToken, plan).compose(planned -> {
      JsonObject session = require(planned, 201, "plan a session");
      Room room = new Room(session.getString("id"), session.getString("accessCode"),
          session.getString("invigilatorPassword"));
      return Sequences.forEach(size, 1, i -> enrol(room, index * Room.CAPACITY + i, seed))
          .compose(enrolled -> api.post(LOGIN, "/api/invigilator-sessions", null, new JsonObject()
              .put("sessionId", room.sessionId()).put("password", room.invigilatorPassword())))
          .map(login -> {
            room.invigilatorToken(require(login, 201, "log the invigilator in").getString("token"));
            return room;
          });
    });
  }

  private Future<Void> enrol(Room room, int number, long seed) {
    String lastName = "Candidat" + Long.toString(seed & 0xffff, 36) + number;
    String firstName = "Zoé";
    String birthdate = LocalDate.of(2010, 1, 1).plusDays(number % 1000).toString();
    return api.post(ENROL, "/api/sessions/" + room.sessionId() + "/candidates", staffToken,
        new JsonObject().put("lastName", lastName).put("firstName", firstName)
            .put("birthdate", birthdate).put("division", "3e A")
            .put("extraTimePercentage", 0).put("needsAccessibility", false))
        .map(enrolled -> {
          String id = require(enrolled, 201, "enrol a candidate").getString("id");
          synchronized (room) {
            room.candidates().add(new SimulatedCandidate(room, id, lastName, firstName, birthdate));
          }
          return null;
        });
  }

  /** The reply's body when its status is the expected one; else fails saying what failed. */
  static JsonObject require(ApiClient.Reply reply, int status, String what) {
    JsonObject json = reply.json();
    if (reply.status() != status || json == null) {
      throw new IllegalStateException("Could not " + what + ": status " + reply.status() + " "
          + (json == null ? "" : json.encode()));
    }
    return json;
  }
}

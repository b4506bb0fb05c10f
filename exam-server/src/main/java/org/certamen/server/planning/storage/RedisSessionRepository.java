package org.certamen.server.planning.storage;

import io.lettuce.core.SetArgs;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.certamen.server.planning.domain.Session;
import org.certamen.server.planning.domain.SessionRepository;
import org.certamen.server.planning.json.PlanningJson;
import org.certamen.server.redis.RedisConnection;
import org.certamen.server.redis.RedisFutures;
import org.certamen.server.redis.RedisKeys;

/** A session as JSON under {@code {SESSIONID}:session}, created with {@code SET NX}, replaced with
 * {@code SET XX}. */
public record RedisSessionRepository(RedisConnection redis, RedisKeys keys)
    implements SessionRepository {
  @Override
  public Future<Boolean> create(Session session) {
    return RedisFutures.toFuture(redis.commands().set(key(session.id()), encode(session), SetArgs.Builder.nx()))
        .map("OK"::equals);
  }

  @Override
  public Future<Boolean> replace(Session session) {
    return RedisFutures.toFuture(redis.commands().set(key(session.id()), encode(session), SetArgs.Builder.xx()))
        .map("OK"::equals);
  }

  @Override
  public Future<Void> delete(String sessionId) {
    return RedisFutures.toFuture(redis.commands().del(key(sessionId))).mapEmpty();
  }

  @Override
  public Future<Optional<Session>> find(String sessionId) {
    return RedisFutures.toFuture(redis.commands().get(key(sessionId)))
        .map(json -> Optional.ofNullable(json).map(RedisSessionRepository::decode));
  }

  private String key(String sessionId) {
    return keys.of(sessionId, "session");
  }

  private static String encode(Session session) {
    return PlanningJson.session(session)
        .put("invigilatorPasswordHash", session.invigilatorPasswordHash())
        .encode();
  }

  private static Session decode(String text) {
    JsonObject json = new JsonObject(text);
    return new Session(json.getString("id"), json.getString("centre"), json.getString("address"),
        json.getString("room"), json.getString("examiner"), LocalDate.parse(json.getString("date")),
        LocalTime.parse(json.getString("time")), json.getString("accessCode"),
        json.getString("invigilatorPasswordHash"), json.getInteger("invigilatorCount", 1));
  }
}

package org.certamen.server.planning.storage;

import io.lettuce.core.ScriptOutputType;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.certamen.server.planning.domain.Candidate;
import org.certamen.server.planning.domain.CandidateRepository;
import org.certamen.server.planning.json.PlanningJson;
import org.certamen.server.redis.LuaScript;
import org.certamen.server.redis.RedisConnection;
import org.certamen.server.redis.RedisFutures;
import org.certamen.server.redis.RedisKeys;

/**
 * A session's candidates in a hash {@code {SESSIONID}:candidates} (id to JSON), with their
 * enrolment order in a list {@code {SESSIONID}:candidate-order}; both change in one script.
 */
public record RedisCandidateRepository(RedisConnection redis, RedisKeys keys)
    implements CandidateRepository {
  private static final LuaScript ADD = LuaScript.load("add-candidate", ScriptOutputType.INTEGER);
  private static final LuaScript REMOVE = LuaScript.load("remove-candidate", ScriptOutputType.INTEGER);
  private static final LuaScript LIST = LuaScript.load("list-candidates", ScriptOutputType.MULTI);

  @Override
  public Future<Void> add(Candidate candidate) {
    return ADD.run(redis, keysOf(candidate.sessionId()), candidate.id(), encode(candidate))
        .mapEmpty();
  }

  @Override
  public Future<Void> remove(String sessionId, String candidateId) {
    return REMOVE.run(redis, keysOf(sessionId), candidateId).mapEmpty();
  }

  @Override
  public Future<Void> removeAll(String sessionId) {
    // Both keys share the session's hash tag, so one DEL removes them together.
    return RedisFutures.toFuture(redis.commands().del(keysOf(sessionId))).mapEmpty();
  }

  @Override
  public Future<Optional<Candidate>> find(String sessionId, String candidateId) {
    return RedisFutures.toFuture(redis.commands().hget(keys.of(sessionId, "candidates"), candidateId))
        .map(json -> Optional.ofNullable(json).map(RedisCandidateRepository::decode));
  }

  @Override
  public Future<List<Candidate>> listBySession(String sessionId) {
    return LIST.<List<String>>run(redis, keysOf(sessionId))
        .map(jsons -> jsons.stream().filter(Objects::nonNull)
            .map(RedisCandidateRepository::decode).toList());
  }

  private String[] keysOf(String sessionId) {
    return new String[] {keys.of(sessionId, "candidates"), keys.of(sessionId, "candidate-order")};
  }

  private static String encode(Candidate candidate) {
    return PlanningJson.candidate(candidate).put("sessionId", candidate.sessionId()).encode();
  }

  private static Candidate decode(String text) {
    JsonObject json = new JsonObject(text);
    return new Candidate(json.getString("id"), json.getString("sessionId"),
        json.getString("lastName"), json.getString("firstName"),
        LocalDate.parse(json.getString("birthdate")), json.getString("division"),
        json.getString("externalId"), json.getInteger("extraTimePercentage"),
        json.getBoolean("needsAccessibility"), profile(json.getJsonObject("profile")));
  }

  private static Map<String, Integer> profile(JsonObject json) {
    if (json == null) {
      return null;
    }
    Map<String, Integer> profile = new HashMap<>();
    json.forEach(entry -> profile.put(entry.getKey(), ((Number) entry.getValue()).intValue()));
    return profile;
  }
}

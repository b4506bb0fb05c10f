package org.certamen.server.staff.storage;

import io.lettuce.core.Range;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.certamen.server.redis.RedisConnection;
import org.certamen.server.redis.RedisFutures;
import org.certamen.server.redis.RedisKeys;
import org.certamen.server.redis.RedisSecrets;
import org.certamen.server.shared.ExpiringSecrets;
import java.time.Clock;
import org.certamen.server.staff.domain.StaffAction;
import org.certamen.server.staff.domain.StaffInvitation;
import org.certamen.server.staff.domain.StaffLogin;
import org.certamen.server.staff.domain.StaffMember;
import org.certamen.server.staff.domain.StaffRepository;
import org.certamen.server.staff.domain.StaffRole;

/**
 * Staff accounts in the hash {@code {staff}:members} (address to JSON), invitations and logins
 * under {@code {staff}:invitation:DIGEST} and {@code {staff}:login:DIGEST} with a TTL (and checked
 * against the clock), the audit trail in the sorted set {@code {staff}:audit} scored by epoch
 * milliseconds, numbered by {@code {staff}:audit-sequence}. All in one slot: staff data is small.
 */
public record RedisStaffRepository(RedisConnection redis, RedisKeys keys, Clock clock)
    implements StaffRepository {
  @Override
  public Future<Void> saveMember(StaffMember member) {
    String json = new JsonObject().put("email", member.email()).put("role", member.role().name())
        .put("passwordHash", member.passwordHash()).encode();
    return RedisFutures.toFuture(redis.commands().hset(key("members"), member.email(), json))
        .mapEmpty();
  }

  @Override
  public Future<Optional<StaffMember>> findMember(String email) {
    return RedisFutures.toFuture(redis.commands().hget(key("members"), email))
        .map(text -> Optional.ofNullable(text).map(RedisStaffRepository::decode));
  }

  @Override
  public Future<List<StaffMember>> members() {
    return RedisFutures.toFuture(redis.commands().hvals(key("members")))
        .map(values -> values.stream().map(RedisStaffRepository::decode)
            .sorted(Comparator.comparing(StaffMember::email)).toList());
  }

  @Override
  public Future<Void> removeMember(String email) {
    return RedisFutures.toFuture(redis.commands().hdel(key("members"), email)).mapEmpty();
  }

  @Override
  public ExpiringSecrets<StaffInvitation> invitations() {
    return new RedisSecrets<>(redis, clock, StaffInvitation::token,
        token -> secretKey("invitation", token),
        invitation -> RedisSecrets.addressAndExpiry(invitation.email(), invitation.expiresAt()),
        (token, text) -> RedisSecrets.fromAddressAndExpiry(text, (email, expiresAt) ->
            new StaffInvitation(token, email, expiresAt)));
  }

  @Override
  public ExpiringSecrets<StaffLogin> logins() {
    return new RedisSecrets<>(redis, clock, StaffLogin::value, value -> secretKey("login", value),
        login -> RedisSecrets.addressAndExpiry(login.email(), login.expiresAt()),
        (value, text) -> RedisSecrets.fromAddressAndExpiry(text, (email, expiresAt) ->
            new StaffLogin(value, email, expiresAt)));
  }

  @Override
  public Future<Void> record(StaffAction action) {
    String json = new JsonObject()
        .put("at", action.at().toString()).put("by", action.by()).put("action", action.action())
        .put("sessionId", action.sessionId()).put("subject", action.subject()).encode();
    // A sequence number before the JSON keeps actions of one millisecond in their order (members
    // of equal score sort by their text) and identical actions apart.
    return RedisFutures.toFuture(redis.commands().incr(key("audit-sequence")))
        .compose(sequence -> RedisFutures.toFuture(redis.commands().zadd(key("audit"),
            action.at().toEpochMilli(), String.format("%019d %s", sequence, json))))
        .mapEmpty();
  }

  @Override
  public Future<List<StaffAction>> actions(Instant from, Instant to) {
    return RedisFutures.toFuture(redis.commands().zrangebyscore(key("audit"),
            Range.from(Range.Boundary.including(from.toEpochMilli()),
                Range.Boundary.excluding(to.toEpochMilli()))))
        .map(values -> values.stream()
            .map(member -> new JsonObject(member.substring(member.indexOf(' ') + 1)))
            .map(json -> new StaffAction(Instant.parse(json.getString("at")), json.getString("by"),
                json.getString("action"), json.getString("sessionId"), json.getString("subject")))
            .toList());
  }

  /** {@code {staff}:KIND:DIGEST}: a copy of Redis holds no usable secret. */
  private String secretKey(String kind, String secret) {
    return key(kind + ":" + RedisKeys.digest(secret));
  }

  private String key(String name) {
    return keys.index("staff") + ":" + name;
  }

  private static StaffMember decode(String text) {
    JsonObject json = new JsonObject(text);
    return new StaffMember(json.getString("email"), StaffRole.valueOf(json.getString("role")),
        json.getString("passwordHash"));
  }
}

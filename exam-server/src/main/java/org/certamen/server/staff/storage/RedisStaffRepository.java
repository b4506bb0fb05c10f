package org.certamen.server.staff.storage;

import io.lettuce.core.Range;
import io.lettuce.core.SetArgs;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import org.certamen.server.redis.RedisConnection;
import org.certamen.server.redis.RedisFutures;
import org.certamen.server.redis.RedisKeys;
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
  public Future<Void> saveInvitation(StaffInvitation invitation) {
    return saveSecret("invitation", invitation.token(), invitation.email(), invitation.expiresAt());
  }

  @Override
  public Future<Optional<StaffInvitation>> findInvitation(String token) {
    return findSecret("invitation", token,
        (email, expiresAt) -> new StaffInvitation(token, email, expiresAt),
        StaffInvitation::isExpiredAt);
  }

  @Override
  public Future<Void> deleteInvitation(StaffInvitation invitation) {
    return RedisFutures.toFuture(redis.commands().del(secretKey("invitation", invitation.token())))
        .mapEmpty();
  }

  @Override
  public Future<Void> saveLogin(StaffLogin login) {
    return saveSecret("login", login.value(), login.email(), login.expiresAt());
  }

  @Override
  public Future<Optional<StaffLogin>> findLogin(String value) {
    return findSecret("login", value, (email, expiresAt) -> new StaffLogin(value, email, expiresAt),
        StaffLogin::isExpiredAt);
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

  /** An invitation's or a login's address and expiry, kept as long as it is valid. */
  private Future<Void> saveSecret(String kind, String secret, String email, Instant expiresAt) {
    String json = new JsonObject().put("email", email).put("expiresAt", expiresAt.toString())
        .encode();
    long ttl = Math.max(1, Duration.between(clock.instant(), expiresAt).toMillis());
    return RedisFutures.toFuture(redis.commands().set(secretKey(kind, secret), json,
        SetArgs.Builder.px(ttl))).mapEmpty();
  }

  /** What {@link #saveSecret} wrote, made into an invitation or a login unless it has expired. */
  private <T> Future<Optional<T>> findSecret(String kind, String secret,
      BiFunction<String, Instant, T> read, BiPredicate<T, Instant> isExpiredAt) {
    return RedisFutures.toFuture(redis.commands().get(secretKey(kind, secret)))
        .map(text -> Optional.ofNullable(text).map(JsonObject::new)
            .map(json -> read.apply(json.getString("email"),
                Instant.parse(json.getString("expiresAt"))))
            .filter(found -> !isExpiredAt.test(found, clock.instant())));
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

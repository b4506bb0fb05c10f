package org.certamen.server.centre.storage;

import io.lettuce.core.SetArgs;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.certamen.server.centre.domain.Centre;
import org.certamen.server.centre.domain.CentreLogin;
import org.certamen.server.centre.domain.CentreRepository;
import org.certamen.server.centre.domain.CentreRole;
import org.certamen.server.centre.domain.CentreSession;
import org.certamen.server.centre.domain.CentreType;
import org.certamen.server.centre.domain.Invitation;
import org.certamen.server.centre.domain.Member;
import org.certamen.server.redis.RedisConnection;
import org.certamen.server.redis.RedisFutures;
import org.certamen.server.redis.RedisKeys;
import org.certamen.server.redis.RedisSecrets;
import org.certamen.server.shared.ExpiringSecrets;

/**
 * A centre under {@code {centre:ID}:centre}, its members in the hash {@code {centre:ID}:members}
 * (address to JSON), invitations and logins under {@code {centre:ID}:invitation:DIGEST} and
 * {@code {centre:ID}:login:DIGEST} with a TTL (and checked against the clock), its sessions in the list
 * {@code {centre:ID}:sessions}; the centres' ids in the set {@code {centres}}; a session's centre and invigilator password under
 * {@code {SESSIONID}:centre}; an address's
 * centre under {@code {address:EMAIL}:centre}, claimed with {@code SET NX}.
 */
public record RedisCentreRepository(RedisConnection redis, RedisKeys keys, Clock clock)
    implements CentreRepository {
  @Override
  public Future<Boolean> create(Centre centre) {
    return RedisFutures.toFuture(redis.commands().set(keys.ofCentre(centre.id(), "centre"),
        encode(centre), SetArgs.Builder.nx())).map("OK"::equals)
        .compose(created -> created
            ? RedisFutures.toFuture(redis.commands().sadd(keys.index("centres"), centre.id()))
                .map(true)
            : Future.succeededFuture(false));
  }

  @Override
  public Future<List<Centre>> all() {
    return RedisFutures.toFuture(redis.commands().smembers(keys.index("centres")))
        .compose(ids -> Future.all(ids.stream().map(this::find).toList()))
        .map(found -> found.<Optional<Centre>>list().stream().flatMap(Optional::stream).toList());
  }

  @Override
  public Future<Optional<Centre>> find(String centreId) {
    return RedisFutures.toFuture(redis.commands().get(keys.ofCentre(centreId, "centre")))
        .map(text -> Optional.ofNullable(text).map(JsonObject::new)
            .map(json -> new Centre(json.getString("id"), json.getString("name"),
                json.getString("uai"), CentreType.fromApiName(json.getString("type", "school"))
                    .orElse(CentreType.SCHOOL))));
  }

  @Override
  public Future<Void> replace(Centre centre) {
    return RedisFutures.toFuture(redis.commands().set(keys.ofCentre(centre.id(), "centre"),
        encode(centre), SetArgs.Builder.xx())).mapEmpty();
  }

  private static String encode(Centre centre) {
    return new JsonObject().put("id", centre.id()).put("name", centre.name())
        .put("uai", centre.uai()).put("type", centre.type().apiName()).encode();
  }

  @Override
  public Future<Boolean> saveMember(Member member) {
    String address = keys.ofAddress(member.email());
    return RedisFutures.toFuture(redis.commands().set(address, member.centreId(), SetArgs.Builder.nx()))
        .compose(claimed -> "OK".equals(claimed) ? Future.succeededFuture(true)
            : RedisFutures.toFuture(redis.commands().get(address)).map(member.centreId()::equals))
        .compose(mine -> !mine ? Future.succeededFuture(false)
            : RedisFutures.toFuture(redis.commands().hset(keys.ofCentre(member.centreId(), "members"),
                member.email(), encode(member))).map(true));
  }

  @Override
  public Future<Optional<Member>> findMember(String centreId, String email) {
    return RedisFutures.toFuture(redis.commands().hget(keys.ofCentre(centreId, "members"), email))
        .map(text -> Optional.ofNullable(text).map(json -> decode(centreId, json)));
  }

  @Override
  public Future<Optional<String>> centreOf(String email) {
    return RedisFutures.toFuture(redis.commands().get(keys.ofAddress(email))).map(Optional::ofNullable);
  }

  @Override
  public Future<List<Member>> members(String centreId) {
    return RedisFutures.toFuture(redis.commands().hvals(keys.ofCentre(centreId, "members")))
        .map(values -> values.stream().map(json -> decode(centreId, json))
            .sorted(Comparator.comparing(Member::email)).toList());
  }

  @Override
  public Future<Void> removeMember(String centreId, String email) {
    return RedisFutures.toFuture(redis.commands().hdel(keys.ofCentre(centreId, "members"), email))
        .compose(removed -> removed == 0 ? Future.succeededFuture()
            : RedisFutures.toFuture(redis.commands().del(keys.ofAddress(email))).mapEmpty());
  }

  @Override
  public ExpiringSecrets<Invitation> invitations() {
    return new RedisSecrets<>(redis, clock, Invitation::token,
        token -> secretKey(prefix(token), "invitation", token),
        invitation -> RedisSecrets.addressAndExpiry(invitation.email(), invitation.expiresAt()),
        (token, text) -> RedisSecrets.fromAddressAndExpiry(text, (email, expiresAt) ->
            new Invitation(token, prefix(token), email, expiresAt)));
  }

  @Override
  public ExpiringSecrets<CentreLogin> logins() {
    return new RedisSecrets<>(redis, clock, CentreLogin::value,
        value -> secretKey(CentreLogin.centreIdOf(value), "login", value),
        login -> RedisSecrets.addressAndExpiry(login.email(), login.expiresAt()),
        (value, text) -> RedisSecrets.fromAddressAndExpiry(text, (email, expiresAt) ->
            new CentreLogin(value, CentreLogin.centreIdOf(value), email, expiresAt)));
  }

  @Override
  public Future<Void> addSession(CentreSession session) {
    String json = new JsonObject().put("centreId", session.centreId())
        .put("invigilatorPassword", session.invigilatorPassword()).encode();
    return RedisFutures.toFuture(redis.commands().set(keys.of(session.sessionId(), "centre"), json))
        .compose(ok -> RedisFutures.toFuture(redis.commands().rpush(
            keys.ofCentre(session.centreId(), "sessions"), session.sessionId())))
        .mapEmpty();
  }

  @Override
  public Future<List<String>> sessions(String centreId) {
    return RedisFutures.toFuture(redis.commands().lrange(keys.ofCentre(centreId, "sessions"), 0, -1))
        .map(List::copyOf);
  }

  @Override
  public Future<Optional<CentreSession>> ownerOf(String sessionId) {
    return RedisFutures.toFuture(redis.commands().get(keys.of(sessionId, "centre")))
        .map(text -> Optional.ofNullable(text).map(JsonObject::new)
            .map(json -> new CentreSession(json.getString("centreId"), sessionId,
                json.getString("invigilatorPassword"))));
  }

  /** {@code {centre:ID}:KIND:DIGEST}, or null when the secret names no centre. */
  private String secretKey(String centreId, String kind, String secret) {
    return centreId == null ? null : keys.ofCentre(centreId, kind + ":" + RedisKeys.digest(secret));
  }

  private static String prefix(String token) {
    int dot = token.indexOf('.');
    return dot <= 0 ? null : token.substring(0, dot);
  }

  private static String encode(Member member) {
    return new JsonObject().put("email", member.email()).put("role", member.role().name())
        .put("passwordHash", member.passwordHash()).encode();
  }

  private static Member decode(String centreId, String text) {
    JsonObject json = new JsonObject(text);
    return new Member(centreId, json.getString("email"), CentreRole.valueOf(json.getString("role")),
        json.getString("passwordHash"));
  }
}

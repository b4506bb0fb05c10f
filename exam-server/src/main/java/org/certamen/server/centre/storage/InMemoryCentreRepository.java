package org.certamen.server.centre.storage;

import io.vertx.core.Future;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.certamen.server.centre.domain.Centre;
import org.certamen.server.centre.domain.CentreLogin;
import org.certamen.server.centre.domain.CentreRepository;
import org.certamen.server.centre.domain.CentreSession;
import org.certamen.server.centre.domain.Invitation;
import org.certamen.server.centre.domain.Member;
import org.certamen.server.memory.GroupedMap;
import org.certamen.server.memory.InMemorySecrets;
import org.certamen.server.shared.ExpiringSecrets;

/** Centres in maps, for one server process; expired tokens are forgotten when looked up. */
public final class InMemoryCentreRepository implements CentreRepository {
  private final Map<String, Centre> centres = new ConcurrentHashMap<>();
  private final Map<String, String> centreByEmail = new ConcurrentHashMap<>();
  /** By centre id and address. */
  private final GroupedMap<Member> members = new GroupedMap<>();
  private final InMemorySecrets<Invitation> invitations;
  private final InMemorySecrets<CentreLogin> logins;
  private final Map<String, List<String>> sessions = new ConcurrentHashMap<>();
  private final Map<String, CentreSession> ownerBySession = new ConcurrentHashMap<>();

  public InMemoryCentreRepository(Clock clock) {
    this.invitations = new InMemorySecrets<>(Invitation::token, clock);
    this.logins = new InMemorySecrets<>(CentreLogin::value, clock);
  }

  @Override
  public Future<Boolean> create(Centre centre) {
    return Future.succeededFuture(centres.putIfAbsent(centre.id(), centre) == null);
  }

  @Override
  public Future<Void> replace(Centre centre) {
    centres.computeIfPresent(centre.id(), (id, stored) -> centre);
    return Future.succeededFuture();
  }

  @Override
  public Future<Optional<Centre>> find(String centreId) {
    return Future.succeededFuture(Optional.ofNullable(centres.get(centreId)));
  }

  @Override
  public Future<List<Centre>> all() {
    return Future.succeededFuture(List.copyOf(centres.values()));
  }

  @Override
  public synchronized Future<Boolean> saveMember(Member member) {
    String owner = centreByEmail.putIfAbsent(member.email(), member.centreId());
    if (owner != null && !owner.equals(member.centreId())) {
      return Future.succeededFuture(false);
    }
    members.put(member.centreId(), member.email(), member);
    return Future.succeededFuture(true);
  }

  @Override
  public Future<Optional<Member>> findMember(String centreId, String email) {
    return Future.succeededFuture(members.find(centreId, email));
  }

  @Override
  public Future<Optional<String>> centreOf(String email) {
    return Future.succeededFuture(Optional.ofNullable(centreByEmail.get(email)));
  }

  @Override
  public Future<List<Member>> members(String centreId) {
    List<Member> found = members.values(centreId);
    found.sort(Comparator.comparing(Member::email));
    return Future.succeededFuture(found);
  }

  @Override
  public synchronized Future<Void> removeMember(String centreId, String email) {
    if (members.remove(centreId, email)) {
      centreByEmail.remove(email, centreId);
    }
    return Future.succeededFuture();
  }

  @Override
  public ExpiringSecrets<Invitation> invitations() {
    return invitations;
  }

  @Override
  public ExpiringSecrets<CentreLogin> logins() {
    return logins;
  }

  @Override
  public Future<Void> addSession(CentreSession session) {
    ownerBySession.put(session.sessionId(), session);
    sessions.computeIfAbsent(session.centreId(), id -> new CopyOnWriteArrayList<>())
        .add(session.sessionId());
    return Future.succeededFuture();
  }

  @Override
  public Future<List<String>> sessions(String centreId) {
    return Future.succeededFuture(List.copyOf(sessions.getOrDefault(centreId, List.of())));
  }

  @Override
  public Future<Optional<CentreSession>> ownerOf(String sessionId) {
    return Future.succeededFuture(Optional.ofNullable(ownerBySession.get(sessionId)));
  }
}

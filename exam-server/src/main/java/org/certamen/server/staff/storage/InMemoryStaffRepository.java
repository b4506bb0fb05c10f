package org.certamen.server.staff.storage;

import io.vertx.core.Future;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.certamen.server.staff.domain.StaffAction;
import org.certamen.server.staff.domain.StaffInvitation;
import org.certamen.server.staff.domain.StaffLogin;
import org.certamen.server.staff.domain.StaffMember;
import org.certamen.server.staff.domain.StaffRepository;
import java.time.Clock;

/** Staff accounts in memory; invitations and logins are checked against the clock. */
public final class InMemoryStaffRepository implements StaffRepository {
  private final Map<String, StaffMember> members = new ConcurrentSkipListMap<>();
  private final Map<String, StaffInvitation> invitations = new ConcurrentHashMap<>();
  private final Map<String, StaffLogin> logins = new ConcurrentHashMap<>();
  private final List<StaffAction> actions = new ArrayList<>();
  private final Clock clock;

  public InMemoryStaffRepository(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Future<Void> saveMember(StaffMember member) {
    members.put(member.email(), member);
    return Future.succeededFuture();
  }

  @Override
  public Future<Optional<StaffMember>> findMember(String email) {
    return Future.succeededFuture(Optional.ofNullable(members.get(email)));
  }

  @Override
  public Future<List<StaffMember>> members() {
    return Future.succeededFuture(List.copyOf(members.values()));
  }

  @Override
  public Future<Void> removeMember(String email) {
    members.remove(email);
    return Future.succeededFuture();
  }

  @Override
  public Future<Void> saveInvitation(StaffInvitation invitation) {
    invitations.put(invitation.token(), invitation);
    return Future.succeededFuture();
  }

  @Override
  public Future<Optional<StaffInvitation>> findInvitation(String token) {
    return Future.succeededFuture(Optional.ofNullable(invitations.get(token))
        .filter(invitation -> !invitation.isExpiredAt(clock.instant())));
  }

  @Override
  public Future<Void> deleteInvitation(StaffInvitation invitation) {
    invitations.remove(invitation.token());
    return Future.succeededFuture();
  }

  @Override
  public Future<Void> saveLogin(StaffLogin login) {
    logins.put(login.value(), login);
    return Future.succeededFuture();
  }

  @Override
  public Future<Optional<StaffLogin>> findLogin(String value) {
    return Future.succeededFuture(Optional.ofNullable(logins.get(value))
        .filter(login -> !login.isExpiredAt(clock.instant())));
  }

  @Override
  public synchronized Future<Void> record(StaffAction action) {
    actions.add(action);
    return Future.succeededFuture();
  }

  @Override
  public synchronized Future<List<StaffAction>> actions(Instant from, Instant to) {
    return Future.succeededFuture(actions.stream()
        .filter(a -> !a.at().isBefore(from) && a.at().isBefore(to)).toList());
  }
}

package org.certamen.server.staff.storage;

import io.vertx.core.Future;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import org.certamen.server.memory.InMemorySecrets;
import org.certamen.server.shared.ExpiringSecrets;
import org.certamen.server.staff.domain.StaffAction;
import org.certamen.server.staff.domain.StaffInvitation;
import org.certamen.server.staff.domain.StaffLogin;
import org.certamen.server.staff.domain.StaffMember;
import org.certamen.server.staff.domain.StaffRepository;

/** Staff accounts in memory; invitations and logins are checked against the clock. */
public final class InMemoryStaffRepository implements StaffRepository {
  private final Map<String, StaffMember> members = new ConcurrentSkipListMap<>();
  private final InMemorySecrets<StaffInvitation> invitations;
  private final InMemorySecrets<StaffLogin> logins;
  private final List<StaffAction> actions = new ArrayList<>();

  public InMemoryStaffRepository(Clock clock) {
    this.invitations = new InMemorySecrets<>(StaffInvitation::token, clock);
    this.logins = new InMemorySecrets<>(StaffLogin::value, clock);
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
  public ExpiringSecrets<StaffInvitation> invitations() {
    return invitations;
  }

  @Override
  public ExpiringSecrets<StaffLogin> logins() {
    return logins;
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

package org.certamen.server.staff.domain;

import io.vertx.core.Future;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.certamen.server.shared.ExpiringSecrets;

/**
 * Staff accounts, their invitations and logins, and the audit trail. Futures fail only when the
 * store is unreachable.
 */
public interface StaffRepository {

  Future<Void> saveMember(StaffMember member);

  Future<Optional<StaffMember>> findMember(String email);

  /** Every account, ordered by address. */
  Future<List<StaffMember>> members();

  /** Removes the account; nothing happens for an unknown one. */
  Future<Void> removeMember(String email);

  /** Invitations to a staff account, by token. */
  ExpiringSecrets<StaffInvitation> invitations();

  /** Logins, by token value. */
  ExpiringSecrets<StaffLogin> logins();

  Future<Void> record(StaffAction action);

  /** The actions from {@code from} (included) to {@code to} (excluded), oldest first. */
  Future<List<StaffAction>> actions(Instant from, Instant to);
}

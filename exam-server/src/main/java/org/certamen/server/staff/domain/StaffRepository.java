package org.certamen.server.staff.domain;

import io.vertx.core.Future;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

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

  Future<Void> saveInvitation(StaffInvitation invitation);

  /** The invitation of that token, or empty when unknown, used or expired. */
  Future<Optional<StaffInvitation>> findInvitation(String token);

  Future<Void> deleteInvitation(StaffInvitation invitation);

  Future<Void> saveLogin(StaffLogin login);

  /** The login of that token value, or empty when unknown or expired. */
  Future<Optional<StaffLogin>> findLogin(String value);

  Future<Void> record(StaffAction action);

  /** The actions from {@code from} (included) to {@code to} (excluded), oldest first. */
  Future<List<StaffAction>> actions(Instant from, Instant to);
}

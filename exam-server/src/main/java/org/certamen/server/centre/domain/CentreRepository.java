package org.certamen.server.centre.domain;

import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;
import org.certamen.server.shared.ExpiringSecrets;

/**
 * Centres, their members, invitations, logins and sessions. Futures fail only when the store is
 * unreachable.
 */
public interface CentreRepository {

  /** Stores a new centre; the future holds false (and nothing changes) when the id is taken. */
  Future<Boolean> create(Centre centre);

  Future<Optional<Centre>> find(String centreId);

  /** Replaces a stored centre; nothing happens for an unknown one. */
  Future<Void> replace(Centre centre);

  /** Every centre, in no particular order. */
  Future<List<Centre>> all();

  /**
   * Stores the member, unless their address already belongs to another centre: then the future
   * holds false and nothing changes.
   */
  Future<Boolean> saveMember(Member member);

  Future<Optional<Member>> findMember(String centreId, String email);

  /** The centre the address belongs to, if any. */
  Future<Optional<String>> centreOf(String email);

  /** The members of a centre, ordered by address. */
  Future<List<Member>> members(String centreId);

  /** Removes the member and frees their address; nothing happens for an unknown member. */
  Future<Void> removeMember(String centreId, String email);

  /** Invitations to join a centre and password reset links, by token. */
  ExpiringSecrets<Invitation> invitations();

  /** Members' logins, by token value. */
  ExpiringSecrets<CentreLogin> logins();

  /** Records that the centre planned the session. */
  Future<Void> addSession(CentreSession session);

  /** The centre's sessions, in planning order. */
  Future<List<String>> sessions(String centreId);

  /** The session as its centre planned it, if a centre did. */
  Future<Optional<CentreSession>> ownerOf(String sessionId);
}

package org.certamen.server.campaigns.domain;

import io.vertx.core.Future;
import java.util.Optional;
import org.certamen.server.shared.ExpiringSecrets;

/** Pupil accounts and their login tokens. */
public interface PupilAccountRepository {
  /** What {@link #create} did. */
  enum Creation {
    CREATED,
    /** Another account holds the identifier: nothing stored. */
    IDENTIFIER_TAKEN,
    /** The pupil has an account already: nothing stored. */
    PUPIL_HAS_ACCOUNT
  }

  /** Claims the identifier and the pupil atomically enough that neither gets two accounts. */
  Future<Creation> create(PupilAccount account);

  /** Replaces an existing account (a new password). */
  Future<Void> save(PupilAccount account);

  Future<Optional<PupilAccount>> find(String identifier);

  /** The account of a roster pupil, if they have one. */
  Future<Optional<PupilAccount>> findByPupil(String centreId, String pupilId);

  /** Pupils' logins, by token value. */
  ExpiringSecrets<PupilLogin> logins();
}

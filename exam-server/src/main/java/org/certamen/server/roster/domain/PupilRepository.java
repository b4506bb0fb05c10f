package org.certamen.server.roster.domain;

import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;

/**
 * A school's roster: its pupils, their latest profiles (kept apart, so that an import never
 * overwrites a profile shared meanwhile) and the summary of its last import. Futures fail only
 * when the store is unreachable.
 */
public interface PupilRepository {

  /** Every pupil of the centre, active or not, each with their latest profile; in no order. */
  Future<List<Pupil>> listByCentre(String centreId);

  /** The pupil with their latest profile, or empty when the centre has none with that id. */
  Future<Optional<Pupil>> find(String centreId, String pupilId);

  /** Adds or replaces the pupils' identity, class and status; their profiles are left as they are. */
  Future<Void> saveAll(String centreId, List<Pupil> pupils);

  /**
   * Keeps the profile unless the pupil's stored one was shared later, in one atomic step; the
   * future holds the profile kept.
   */
  Future<PupilProfile> saveProfile(String centreId, String pupilId, PupilProfile profile);

  Future<Optional<RosterImportSummary>> lastImport(String centreId);

  Future<Void> saveLastImport(String centreId, RosterImportSummary summary);
}

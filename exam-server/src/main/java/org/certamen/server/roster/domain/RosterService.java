package org.certamen.server.roster.domain;

import io.vertx.core.Future;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.certamen.server.shared.DomainException;

/**
 * A school's roster: its pupils, found again by identity or id, searched, and their profiles.
 * Futures fail with {@link DomainException} {@code PUPIL_NOT_FOUND}, else only when the store is
 * unreachable.
 */
public record RosterService(PupilRepository pupils) {
  /** How a roster is listed: by class, then by name. */
  public static final Comparator<Pupil> BY_CLASS_AND_NAME = Comparator
      .comparing(Pupil::division, String.CASE_INSENSITIVE_ORDER)
      .thenComparing(Pupil::lastName, String.CASE_INSENSITIVE_ORDER)
      .thenComparing(Pupil::firstName, String.CASE_INSENSITIVE_ORDER)
      .thenComparing(Pupil::id);

  /** Every pupil of the school, active or not, by class and name. */
  public Future<List<Pupil>> pupils(String centreId) {
    return pupils.listByCentre(centreId)
        .map(all -> all.stream().sorted(BY_CLASS_AND_NAME).toList());
  }

  /** The pupil; fails with {@code PUPIL_NOT_FOUND}. */
  public Future<Pupil> pupil(String centreId, String pupilId) {
    return pupils.find(centreId, pupilId).map(found -> found.orElseThrow(() ->
        DomainException.notFound("PUPIL_NOT_FOUND", "Aucun élève " + pupilId
            + " dans la liste de l'établissement.")));
  }

  /**
   * The active pupils of that identity, names folded as at exam entry ({@code TextFolding}); more
   * than one only when two pupils share names and birth date.
   */
  public Future<List<Pupil>> findByIdentity(String centreId, String lastName, String firstName,
      LocalDate birthdate) {
    return pupils(centreId).map(all -> all.stream()
        .filter(p -> p.active() && p.hasIdentity(lastName, firstName, birthdate)).toList());
  }

  /** One page of the pupils matching the query, by class and name. */
  public Future<PupilPage> search(String centreId, PupilQuery query) {
    return pupils(centreId).map(all -> {
      List<Pupil> matching = all.stream().filter(query::matches).toList();
      int from = Math.min(matching.size(), (query.page() - 1) * query.pageSize());
      int to = Math.min(matching.size(), from + query.pageSize());
      List<String> divisions = all.stream().filter(Pupil::active).map(Pupil::division)
          .distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList();
      return new PupilPage(matching.subList(from, to), matching.size(), query.page(),
          query.pageSize(), divisions);
    });
  }

  /**
   * Records a profile the pupil shared; the latest shared one wins (by {@code sharedAt}), whatever
   * order they arrive in, and decides the pupil's certifiability. Fails with
   * {@code PUPIL_NOT_FOUND}.
   */
  public Future<Pupil> recordProfile(String centreId, String pupilId, PupilProfile profile) {
    return pupil(centreId, pupilId).compose(pupil ->
        pupils.saveProfile(centreId, pupilId, profile).map(pupil::withProfile));
  }

  /** What the last import changed, if the school imported its list. */
  public Future<Optional<RosterImportSummary>> lastImport(String centreId) {
    return pupils.lastImport(centreId);
  }
}

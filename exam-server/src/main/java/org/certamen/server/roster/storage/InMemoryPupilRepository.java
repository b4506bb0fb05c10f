package org.certamen.server.roster.storage;

import io.vertx.core.Future;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.certamen.server.roster.domain.Pupil;
import org.certamen.server.roster.domain.PupilProfile;
import org.certamen.server.roster.domain.PupilRepository;
import org.certamen.server.roster.domain.RosterImportSummary;

/** Rosters in maps, for one server process. */
public final class InMemoryPupilRepository implements PupilRepository {
  private final Map<String, Map<String, Pupil>> pupils = new ConcurrentHashMap<>();
  private final Map<String, Map<String, PupilProfile>> profiles = new ConcurrentHashMap<>();
  private final Map<String, RosterImportSummary> imports = new ConcurrentHashMap<>();

  @Override
  public Future<List<Pupil>> listByCentre(String centreId) {
    Map<String, PupilProfile> kept = profilesOf(centreId);
    return Future.succeededFuture(pupilsOf(centreId).values().stream()
        .map(pupil -> pupil.withProfile(kept.get(pupil.id()))).toList());
  }

  @Override
  public Future<Optional<Pupil>> find(String centreId, String pupilId) {
    return Future.succeededFuture(Optional.ofNullable(pupilsOf(centreId).get(pupilId))
        .map(pupil -> pupil.withProfile(profilesOf(centreId).get(pupilId))));
  }

  @Override
  public Future<Void> saveAll(String centreId, List<Pupil> changed) {
    Map<String, Pupil> roster = pupilsOf(centreId);
    changed.forEach(pupil -> roster.put(pupil.id(), pupil.withProfile(null)));
    return Future.succeededFuture();
  }

  @Override
  public Future<PupilProfile> saveProfile(String centreId, String pupilId, PupilProfile profile) {
    return Future.succeededFuture(profilesOf(centreId).merge(pupilId, profile,
        (stored, offered) -> stored.sharedAt().isAfter(offered.sharedAt()) ? stored : offered));
  }

  @Override
  public Future<Optional<RosterImportSummary>> lastImport(String centreId) {
    return Future.succeededFuture(Optional.ofNullable(imports.get(centreId)));
  }

  @Override
  public Future<Void> saveLastImport(String centreId, RosterImportSummary summary) {
    imports.put(centreId, summary);
    return Future.succeededFuture();
  }

  private Map<String, Pupil> pupilsOf(String centreId) {
    return pupils.computeIfAbsent(centreId, id -> new ConcurrentHashMap<>());
  }

  private Map<String, PupilProfile> profilesOf(String centreId) {
    return profiles.computeIfAbsent(centreId, id -> new ConcurrentHashMap<>());
  }
}

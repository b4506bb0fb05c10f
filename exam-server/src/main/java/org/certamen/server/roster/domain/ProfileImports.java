package org.certamen.server.roster.domain;

import io.vertx.core.Future;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.certamen.server.planning.domain.imports.ImportProblem;
import org.certamen.server.planning.domain.imports.ProfileCsvImport;
import org.certamen.server.planning.domain.imports.ProfileCsvImport.ProfileFile;

/**
 * Records the profiles of a profile file (see {@link ProfileCsvImport}) for the school's pupils,
 * found by INE, as shared at the upload's time; a line naming no pupil of the school is refused.
 */
public record ProfileImports(RosterService roster, Clock clock) {
  /**
   * What a profile file does (a preview) or did.
   *
   * @param profiles pupils with a complete profile in the file, as they are with it
   * @param problems refused lines, and the file's own refusal
   * @param rejected lines refused
   */
  public record Report(List<Pupil> profiles, List<ImportProblem> problems, int rejected,
      boolean applied) {
  }

  public Future<Report> upload(String centreId, boolean apply, byte[] file) {
    ProfileFile read = new ProfileCsvImport(PupilProfile::isCompetence).read(file);
    Instant sharedAt = clock.instant();
    return roster.pupils(centreId).compose(pupils -> {
      Map<String, Pupil> byIne = pupils.stream().filter(p -> p.ine() != null)
          .collect(Collectors.toMap(p -> p.ine().toUpperCase(Locale.ROOT), Function.identity(),
              (first, second) -> first));
      List<ImportProblem> problems = new ArrayList<>(read.problems());
      List<Pupil> profiled = new ArrayList<>();
      read.pixByIne().forEach((ine, pix) -> {
        Pupil pupil = byIne.get(ine);
        if (pupil == null) {
          problems.add(new ImportProblem(read.firstLineByIne().get(ine), ine, "INE",
              ImportProblem.Code.PUPIL_UNKNOWN, "Aucun élève de l'établissement n'a l'INE " + ine
                  + " : importez d'abord la liste des élèves."));
        } else {
          profiled.add(pupil.withProfile(new PupilProfile(pix, sharedAt, PupilProfile.IMPORTED)));
        }
      });
      int rejected = (int) problems.stream().filter(p -> !p.concernsWholeFile())
          .mapToInt(ImportProblem::line).distinct().count();
      if (!apply || read.isFileRejected()) {
        return Future.succeededFuture(new Report(profiled, problems, rejected, false));
      }
      return Future.all(profiled.stream()
              .map(p -> roster.recordProfile(centreId, p.id(), p.profile())).toList())
          .map(all -> new Report(all.<Pupil>list(), problems, rejected, true));
    });
  }
}

package org.certamen.server.roster.domain;

import io.vertx.core.Future;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.certamen.server.planning.domain.CandidateImports.Format;
import org.certamen.server.planning.domain.Enrolment;
import org.certamen.server.planning.domain.imports.CsvCandidateImport;
import org.certamen.server.planning.domain.imports.ImportProblem;
import org.certamen.server.planning.domain.imports.ImportReport;
import org.certamen.server.planning.domain.imports.SieclePupilImport;
import org.certamen.server.shared.RandomIds;
import org.certamen.server.shared.TextFolding;

/**
 * Keeps a school's roster up to date from its SIECLE export or a CSV file, read by the session
 * import's readers (same keep rules, same UAI check). Each valid line adds a pupil or updates the
 * one it names: the pupil with its INE, else one without INE with its identity. A SIECLE export
 * lists the whole school, so the active pupils it no longer lists are deactivated, never deleted;
 * a pupil named by a refused line is left as is. Refused lines change nothing; a refused file
 * changes nothing at all.
 */
public record RosterImports(PupilRepository pupils, SchoolUai schools, Clock clock) {
  /** The UAI a school's SIECLE exports must carry. */
  @FunctionalInterface
  public interface SchoolUai {
    /** Empty for a centre without a UAI, which takes any school's export. */
    Future<Optional<String>> of(String centreId);
  }

  /** Reads the file and reports what it would change; changes the roster only when {@code apply}. */
  public Future<RosterImportReport> upload(String centreId, Format format, boolean apply,
      byte[] file) {
    return schools.of(centreId).compose(uai -> pupils.listByCentre(centreId).compose(roster -> {
      Instant now = clock.instant();
      // The readers judge birth dates against today.
      Clock today = Clock.fixed(now, ZoneId.systemDefault());
      ImportReport read = format == Format.SIECLE
          ? new SieclePupilImport(today).read(file, uai.orElse(null))
          : new CsvCandidateImport(today).read(file);
      RosterImportReport report = compare(centreId, roster, read, format == Format.SIECLE, now);
      if (!apply || read.isFileRejected()) {
        return Future.succeededFuture(report);
      }
      List<Pupil> changed = Stream.of(report.added(), report.updated(), report.deactivated())
          .flatMap(List::stream).toList();
      RosterImportSummary summary = new RosterImportSummary(now,
          format.name().toLowerCase(Locale.ROOT), report.imported(), report.added().size(),
          report.updated().size(), report.reactivated().size(), report.deactivated().size(),
          read.rejectedCount());
      return pupils.saveAll(centreId, changed)
          .compose(saved -> pupils.saveLastImport(centreId, summary))
          .map(saved -> new RosterImportReport(read, report.added(), report.updated(),
              report.reactivated(), report.deactivated(), report.unchanged(), true));
    }));
  }

  private static RosterImportReport compare(String centreId, List<Pupil> roster,
      ImportReport read, boolean wholeSchool, Instant now) {
    Map<String, Pupil> byIne = roster.stream().filter(p -> p.ine() != null)
        .collect(Collectors.toMap(p -> p.ine().toUpperCase(Locale.ROOT), Function.identity(),
            (first, second) -> first));
    Set<String> seen = new HashSet<>();
    List<Pupil> added = new ArrayList<>();
    List<Pupil> updated = new ArrayList<>();
    List<Pupil> reactivated = new ArrayList<>();
    int unchanged = 0;
    for (Enrolment line : read.candidates()) {
      Optional<Pupil> known = Optional.ofNullable(byIne.get(line.externalId().toUpperCase(Locale.ROOT)))
          .or(() -> roster.stream().filter(p -> p.ine() == null && !seen.contains(p.id())
              && p.hasIdentity(line.lastName(), line.firstName(), line.birthdate())).findFirst());
      if (known.isEmpty()) {
        added.add(new Pupil("P" + RandomIds.code(10), centreId, line.externalId(),
            line.lastName(), line.firstName(), line.birthdate(), line.division(), true, null,
            null));
        continue;
      }
      Pupil before = known.get();
      seen.add(before.id());
      Pupil after = before.described(line.externalId(), line.lastName(), line.firstName(),
          line.birthdate(), line.division());
      if (!before.active()) {
        reactivated.add(after);
      }
      if (after.equals(before)) {
        unchanged++;
      } else {
        updated.add(after);
      }
    }
    List<Pupil> deactivated = new ArrayList<>();
    if (wholeSchool && !read.isFileRejected()) {
      Set<String> refused = read.problems().stream().map(ImportProblem::candidate)
          .map(TextFolding::fold).collect(Collectors.toSet());
      roster.stream()
          .filter(p -> p.active() && !seen.contains(p.id())
              && !refused.contains(TextFolding.fold(p.lastName() + " " + p.firstName())))
          .forEach(p -> deactivated.add(p.deactivated(now)));
    }
    return new RosterImportReport(read, added, updated, reactivated, deactivated, unchanged,
        false);
  }
}

package org.certamen.server.planning.domain;

import io.vertx.core.Future;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.certamen.server.planning.domain.imports.CsvCandidateImport;
import org.certamen.server.planning.domain.imports.ImportReport;
import org.certamen.server.planning.domain.imports.SieclePupilImport;
import org.certamen.server.shared.DomainException;

/**
 * Enrols the candidates of an import file: nothing until the file is clean, or only its valid
 * lines when the centre asks for it. Futures fail with {@code SESSION_NOT_FOUND}.
 */
public record CandidateImports(EnrolmentService enrolment, SchoolOfSession schools, Clock clock) {
  /** The file formats a centre may upload. */
  public enum Format {
    /** The national student database's "élèves sans adresses" export, XML or ZIP. */
    SIECLE,
    /** A spreadsheet saved as CSV. */
    CSV;

    /**
     * Reads a file of this format. A SIECLE export must carry {@code uai} when there is one;
     * birth dates are judged against {@code now}.
     */
    public ImportReport read(byte[] file, Optional<String> uai, Instant now) {
      Clock today = Clock.fixed(now, ZoneId.systemDefault());
      return this == SIECLE ? new SieclePupilImport(today).read(file, uai.orElse(null))
          : new CsvCandidateImport(today).read(file);
    }
  }

  /** What the centre asks of an upload. */
  public enum Mode {
    /** Read and report, enrol nobody. */
    PREVIEW,
    /** Enrol every candidate only when the file has no problem. */
    ALL_OR_NOTHING,
    /** Enrol the valid lines, leaving the rejected ones out. */
    VALID_LINES
  }

  /**
   * The report of the file, the candidates it enrolled and those it found already enrolled and
   * updated (none for a preview or a refusal).
   */
  public record Outcome(ImportReport report, List<Candidate> enrolled, List<Candidate> updated) {
  }

  /** Which school plans a session: its SIECLE exports must carry its UAI. */
  @FunctionalInterface
  public interface SchoolOfSession {
    /** The UAI of the school that plans the session; empty when no school is known. */
    Future<Optional<String>> uai(String sessionId);
  }

  public Future<Outcome> upload(String sessionId, Format format, Mode mode, byte[] file) {
    return enrolment.session(sessionId).compose(session -> schools.uai(sessionId)).compose(uai -> {
      ImportReport report = format.read(file, uai, clock.instant());
      List<Enrolment> drafts = switch (mode) {
        case PREVIEW -> List.of();
        case ALL_OR_NOTHING -> report.candidatesToEnrol(ImportReport.Mode.ALL_OR_NOTHING);
        case VALID_LINES -> report.candidatesToEnrol(ImportReport.Mode.VALID_LINES);
      };
      if (drafts.isEmpty()) {
        return Future.succeededFuture(new Outcome(report, List.of(), List.of()));
      }
      return enrolment.candidates(sessionId).compose(existing -> {
        List<Enrolment> fresh = new ArrayList<>();
        List<Candidate> corrected = new ArrayList<>();
        for (Enrolment draft : drafts) {
          Optional<Candidate> known = sameCandidate(existing, draft);
          if (known.isPresent()) {
            corrected.add(known.get().with(draft.withProfile(known.get().profile())));
          } else {
            fresh.add(draft);
          }
        }
        return enrolment.requireRoom(sessionId, fresh.size())
            .compose(room -> enrolment.reenrol(sessionId, corrected)).compose(updated ->
            enrolInOrder(sessionId, fresh, 0, new ArrayList<>())
                .map(enrolled -> new Outcome(report, enrolled, updated)));
      });
    });
  }

  /**
   * The enrolled candidate a line of the file describes: the one with its INE, else, for a line
   * without INE, the one with its identity. Importing a file again thus updates, never duplicates.
   */
  static Optional<Candidate> sameCandidate(List<Candidate> existing, Enrolment draft) {
    if (draft.externalId() != null && !draft.externalId().isBlank()) {
      Optional<Candidate> byIne = existing.stream()
          .filter(c -> draft.externalId().equalsIgnoreCase(c.externalId())).findFirst();
      if (byIne.isPresent()) {
        return byIne;
      }
    }
    return existing.stream()
        .filter(c -> c.hasIdentity(draft.lastName(), draft.firstName(), draft.birthdate()))
        .findFirst();
  }

  /** One after the other, so that candidates keep the file's order. */
  private Future<List<Candidate>> enrolInOrder(String sessionId, List<Enrolment> drafts,
      int next, List<Candidate> enrolled) {
    if (next == drafts.size()) {
      return Future.succeededFuture(enrolled);
    }
    return enrolment.enrol(sessionId, drafts.get(next))
        .map(candidate -> {
          enrolled.add(candidate);
          return candidate;
        })
        // A pupil enrolled meanwhile under the same identity is left out: a second enrolment
        // would lock both out at entry.
        .recover(refused -> refused instanceof DomainException e
            && e.code().equals(EnrolmentService.IDENTITY_TAKEN)
            ? Future.succeededFuture() : Future.failedFuture(refused))
        .compose(done -> enrolInOrder(sessionId, drafts, next + 1, enrolled));
  }
}

package org.certamen.server.enrolment.domain;

import io.vertx.core.Future;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.certamen.server.enrolment.domain.imports.CandidateDraft;
import org.certamen.server.enrolment.domain.imports.CsvCandidateImport;
import org.certamen.server.enrolment.domain.imports.ImportReport;
import org.certamen.server.enrolment.domain.imports.SieclePupilImport;

/**
 * Enrols the candidates of an import file: nothing until the file is clean, or only its valid
 * lines when the centre asks for it. Futures fail with {@code SESSION_NOT_FOUND}.
 */
public final class CandidateImports {
  /** The file formats a centre may upload. */
  public enum Format {
    /** The national student database's "élèves sans adresses" export, XML or ZIP. */
    SIECLE,
    /** A spreadsheet saved as CSV. */
    CSV
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

  /** The report of the file and the candidates it enrolled (none for a preview or a refusal). */
  public record Outcome(ImportReport report, List<Candidate> enrolled) {
  }

  /** Which school plans a session: its SIECLE exports must carry its UAI. */
  @FunctionalInterface
  public interface SchoolOfSession {
    /** The UAI of the school that plans the session; empty when no school is known. */
    Future<Optional<String>> uai(String sessionId);
  }

  private final EnrolmentService enrolment;
  private final SchoolOfSession schools;
  private final Clock clock;

  public CandidateImports(EnrolmentService enrolment, SchoolOfSession schools, Clock clock) {
    this.enrolment = enrolment;
    this.schools = schools;
    this.clock = clock;
  }

  public Future<Outcome> upload(String sessionId, Format format, Mode mode, byte[] file) {
    return enrolment.session(sessionId).compose(session -> schools.uai(sessionId)).compose(uai -> {
      // The readers judge birth dates against today.
      Clock today = Clock.fixed(clock.instant(), ZoneId.systemDefault());
      ImportReport report = format == Format.SIECLE
          ? new SieclePupilImport(today).read(file, uai.orElse(null))
          : new CsvCandidateImport(today).read(file);
      List<CandidateDraft> drafts = switch (mode) {
        case PREVIEW -> List.of();
        case ALL_OR_NOTHING -> report.candidatesToEnrol(ImportReport.Mode.ALL_OR_NOTHING);
        case VALID_LINES -> report.candidatesToEnrol(ImportReport.Mode.VALID_LINES);
      };
      return enrolInOrder(sessionId, drafts, 0, new ArrayList<>())
          .map(enrolled -> new Outcome(report, enrolled));
    });
  }

  /** One after the other, so that candidates keep the file's order. */
  private Future<List<Candidate>> enrolInOrder(String sessionId, List<CandidateDraft> drafts,
      int next, List<Candidate> enrolled) {
    if (next == drafts.size()) {
      return Future.succeededFuture(enrolled);
    }
    CandidateDraft draft = drafts.get(next);
    return enrolment.enrol(sessionId, new Enrolment(draft.lastName(), draft.firstName(),
            draft.birthdate(), draft.division(), draft.externalId(), draft.extraTimePercentage(),
            draft.needsAccessibility(), null))
        .compose(candidate -> {
          enrolled.add(candidate);
          return enrolInOrder(sessionId, drafts, next + 1, enrolled);
        });
  }
}

package org.certamen.server.enrolment.domain.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.certamen.server.enrolment.domain.imports.ImportProblem.Code;

/** Gathers the records of one file and turns them into an {@link ImportReport}. */
final class ImportReportBuilder {

  private final List<CandidateRecord> records = new ArrayList<>();

  void add(CandidateRecord record) {
    records.add(record);
  }

  /**
   * The report, after rejecting every record whose INE occurs more than once: none of them can be
   * trusted to be the right person. {@code noCandidate} is the French message for a file that
   * yields neither a candidate nor a problem.
   */
  ImportReport build(String noCandidate) {
    rejectDuplicateInes();
    List<CandidateDraft> candidates = new ArrayList<>();
    List<ImportProblem> problems = new ArrayList<>();
    List<ImportProblem> skipped = new ArrayList<>();
    for (CandidateRecord record : records) {
      if (!record.isValid()) {
        problems.addAll(record.problems());
      } else if (record.skipped() != null) {
        skipped.add(record.skipped());
      } else {
        candidates.add(record.draft());
      }
    }
    if (candidates.isEmpty() && problems.isEmpty()) {
      problems.add(ImportProblem.ofFile(Code.NO_CANDIDATE, noCandidate));
    }
    return new ImportReport(candidates, problems, skipped);
  }

  private void rejectDuplicateInes() {
    Map<String, List<CandidateRecord>> byIne = new LinkedHashMap<>();
    for (CandidateRecord record : records) {
      if (record.wellFormedIne() != null) {
        byIne.computeIfAbsent(record.wellFormedIne(), ine -> new ArrayList<>()).add(record);
      }
    }
    for (Map.Entry<String, List<CandidateRecord>> entry : byIne.entrySet()) {
      List<CandidateRecord> sharing = entry.getValue();
      if (sharing.size() < 2) {
        continue;
      }
      String lines =
          sharing.stream().map(r -> String.valueOf(r.line())).collect(Collectors.joining(", "));
      for (CandidateRecord record : sharing) {
        record.reject(CandidateRecord.INE, Code.INE_DUPLICATE,
            "INE présent plusieurs fois dans le fichier : " + entry.getKey() + " (lignes " + lines + ")");
      }
    }
  }
}

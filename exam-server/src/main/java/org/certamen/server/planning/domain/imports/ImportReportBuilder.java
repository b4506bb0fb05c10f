package org.certamen.server.planning.domain.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.certamen.server.planning.domain.Enrolment;
import org.certamen.server.planning.domain.imports.ImportProblem.Code;
import org.certamen.server.shared.TextFolding;

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
    rejectCollidingIdentities();
    List<Enrolment> candidates = new ArrayList<>();
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

  /**
   * Rejects a record whose identity, as candidates type it at entry (folded names and birth
   * date), is an earlier record's: neither pupil could then enter the exam.
   */
  private void rejectCollidingIdentities() {
    Map<String, CandidateRecord> first = new LinkedHashMap<>();
    for (CandidateRecord record : records) {
      if (!record.isValid() || record.draft() == null || record.skipped() != null) {
        continue;
      }
      Enrolment draft = record.draft();
      String identity = TextFolding.fold(draft.lastName()) + '\0'
          + TextFolding.fold(draft.firstName()) + '\0' + draft.birthdate();
      CandidateRecord earlier = first.putIfAbsent(identity, record);
      if (earlier != null) {
        record.reject(CandidateRecord.LAST_NAME, Code.IDENTITY_COLLISION,
            "Même nom, prénom et date de naissance qu’à la ligne " + earlier.line()
                + " (aux accents, majuscules et tirets près) : les deux élèves ne pourraient pas "
                + "se connecter. Ajoutez un second prénom pour les distinguer.");
      }
    }
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

package org.certamen.server.planning.domain.imports;

import java.util.List;
import org.certamen.server.planning.domain.Enrolment;

/**
 * What an import file yields: the candidates that passed every check, the problems that must be
 * fixed, and the records deliberately left out. The caller decides what to enrol with {@link
 * #candidatesToEnrol(Mode)}.
 *
 * @param candidates what the valid lines enrol (without profile), in file order
 * @param problems rejections in file order; whole-file problems (line 0) come alone
 * @param skipped records left out on purpose and not counted as errors (SIECLE pupils who have
 *     left, have no INE yet or have no class)
 */
public record ImportReport(
    List<Enrolment> candidates, List<ImportProblem> problems, List<ImportProblem> skipped) {

  /** How strict the enrolment of an imported file is. */
  public enum Mode {
    /** Enrol nothing while one problem remains (the default). */
    ALL_OR_NOTHING,
    /** Enrol the valid lines and leave the rejected ones out (on the user's explicit request). */
    VALID_LINES
  }

  public ImportReport {
    candidates = List.copyOf(candidates);
    problems = List.copyOf(problems);
    skipped = List.copyOf(skipped);
  }

  static ImportReport rejected(List<ImportProblem> fileProblems) {
    return new ImportReport(List.of(), fileProblems, List.of());
  }

  /** Whether the file has no problem at all. */
  public boolean isClean() {
    return problems.isEmpty();
  }

  /** Whether the file itself was refused, so that not even its valid lines can be enrolled. */
  public boolean isFileRejected() {
    return problems.stream().anyMatch(ImportProblem::concernsWholeFile);
  }

  /** The candidates to enrol under the given mode; empty when the mode forbids enrolling any. */
  public List<Enrolment> candidatesToEnrol(Mode mode) {
    return isClean() || mode == Mode.VALID_LINES ? candidates : List.of();
  }

  /** Number of records with at least one problem. */
  public int rejectedCount() {
    return (int) problems.stream()
        .filter(p -> !p.concernsWholeFile())
        .mapToInt(ImportProblem::line)
        .distinct()
        .count();
  }
}

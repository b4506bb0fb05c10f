package org.certamen.server.results.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.certamen.server.exam.domain.Alert;
import org.certamen.server.exam.domain.AlertKind;
import org.certamen.server.exam.domain.Exam;
import org.certamen.server.exam.domain.ExamStatus;
import org.certamen.server.planning.domain.Candidate;
import org.certamen.server.shared.DomainException;
import org.certamen.server.shared.ErrorKind;
import org.certamen.server.shared.FieldError;

/**
 * Checks a session's incident report against its candidates and tests: every problem listed at
 * once ({@code FINALIZATION_INCOMPLETE}), or the finalisation the report makes.
 */
record FinalizationCheck(int questionCount) {
  /** Longest incident description accepted. */
  static final int MAX_DESCRIPTION_LENGTH = 500;

  Finalization check(String sessionId, FinalizationReport report,
      List<Candidate> candidates, List<Exam> started, Instant now, String actor) {
    Map<String, Candidate> byId = candidates.stream()
        .collect(Collectors.toMap(Candidate::id, Function.identity()));
    List<FieldError> errors = new ArrayList<>();
    if (report.comment() != null && report.comment().length() > Finalization.MAX_COMMENT_LENGTH) {
      errors.add(new FieldError("comment", "must be at most " + Finalization.MAX_COMMENT_LENGTH
          + " characters (it has " + report.comment().length() + ")"));
    }
    List<Incident> incidents = new ArrayList<>();
    for (int i = 0; i < report.incidents().size(); i++) {
      checkIncident(report.incidents().get(i), "incidents[" + i + "].", byId, errors)
          .ifPresent(incidents::add);
    }
    Map<String, AbortReason> reasons = new LinkedHashMap<>();
    report.abortReasons().forEach((candidateId, text) -> {
      String field = "abortReasons." + candidateId;
      Optional<AbortReason> reason = AbortReason.fromApiName(text);
      if (!byId.containsKey(candidateId)) {
        errors.add(new FieldError(field, "is not a candidate of session " + sessionId));
      } else if (reason.isEmpty()) {
        errors.add(new FieldError(field, "must be 'candidate' or 'technical'"));
      } else {
        reasons.put(candidateId, reason.get());
      }
    });
    for (Exam exam : started) {
      ExamStatus status = exam.status();
      if (isUnfinished(status) && !report.abortReasons().containsKey(exam.candidateId())) {
        Candidate candidate = byId.get(exam.candidateId());
        errors.add(new FieldError("abortReasons." + exam.candidateId(), "the test of "
            + candidate.firstName() + " " + candidate.lastName() + " did not reach its last question ("
            + status + "): say whether it stopped because of the candidate or a technical problem"));
      }
      exam.openAlerts().stream().filter(alert -> !isReported(alert, exam, report))
          .forEach(alert -> errors.add(unreportedAlert(exam, alert, byId.get(exam.candidateId()))));
    }
    if (!errors.isEmpty()) {
      throw new DomainException(ErrorKind.INVALID_INPUT, "FINALIZATION_INCOMPLETE",
          "The finalisation of session " + sessionId + " is incomplete: " + errors.size()
              + " problem(s), listed in 'errors'", errors);
    }
    // A reported incident is an incident, whatever the box said.
    return new Finalization(sessionId, now, actor, report.comment(),
        report.hasIncident() || !incidents.isEmpty(), report.hasJoiningIssue(), incidents, reasons,
        null, null);
  }

  private Optional<Incident> checkIncident(FinalizationReport.ReportedIncident reported,
      String prefix, Map<String, Candidate> byId, List<FieldError> errors) {
    int before = errors.size();
    if (reported.candidateId() == null || reported.candidateId().isBlank()) {
      errors.add(new FieldError(prefix + "candidateId", "is required"));
    } else if (!byId.containsKey(reported.candidateId())) {
      errors.add(new FieldError(prefix + "candidateId",
          "'" + reported.candidateId() + "' is not a candidate of this session"));
    }
    IncidentCategory category = Arrays.stream(IncidentCategory.values())
        .filter(c -> c.name().equals(reported.category())).findFirst().orElse(null);
    if (category == null) {
      errors.add(new FieldError(prefix + "category", reported.category() == null ? "is required"
          : "must be one of " + Arrays.toString(IncidentCategory.values())));
    }
    Integer number = reported.questionNumber();
    if (category == IncidentCategory.IN_QUESTION
        && (number == null || number < 1 || number > questionCount)) {
      errors.add(new FieldError(prefix + "questionNumber", "an IN_QUESTION incident needs the"
          + " number of the question, between 1 and " + questionCount));
    }
    if (reported.description() == null || reported.description().isBlank()) {
      errors.add(new FieldError(prefix + "description", "is required"));
    } else if (reported.description().length() > MAX_DESCRIPTION_LENGTH) {
      errors.add(new FieldError(prefix + "description",
          "must be at most " + MAX_DESCRIPTION_LENGTH + " characters"));
    }
    if (errors.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new Incident(reported.candidateId(), category,
        category == IncidentCategory.IN_QUESTION ? number : null, reported.description()));
  }

  /**
   * An alert still open at the finalisation must be in the report: an incident of its candidate,
   * on its question for a question alert.
   */
  private static boolean isReported(Alert alert, Exam exam, FinalizationReport report) {
    return report.incidents().stream().anyMatch(incident ->
        exam.candidateId().equals(incident.candidateId())
            && (alert.kind() != AlertKind.QUESTION
                || IncidentCategory.IN_QUESTION.name().equals(incident.category())
                    && Integer.valueOf(alert.questionNumber()).equals(incident.questionNumber())));
  }

  private static FieldError unreportedAlert(Exam exam, Alert alert, Candidate candidate) {
    String what = alert.kind() == AlertKind.QUESTION
        ? "L’alerte de " + candidate.firstName() + " " + candidate.lastName() + " sur la question "
            + alert.questionNumber() + " n’a pas été traitée : résolvez-la, ou signalez-la comme"
            + " incident « problème sur une question » avec le numéro " + alert.questionNumber()
        : "L’alerte « extension inactive » de " + candidate.firstName() + " "
            + candidate.lastName() + " n’a pas été traitée : résolvez-la, ou signalez-la comme"
            + " incident pour ce candidat";
    return new FieldError("alerts." + exam.candidateId() + "." + alert.id(), what + ".");
  }

  /** Started, and stopped (or still running) before the last question and before the time ran out. */
  private static boolean isUnfinished(ExamStatus status) {
    return status != ExamStatus.COMPLETED && status != ExamStatus.ENDED_TIME_UP;
  }
}

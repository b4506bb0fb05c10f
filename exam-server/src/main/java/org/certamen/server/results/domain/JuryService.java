package org.certamen.server.results.domain;

import io.vertx.core.Future;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.certamen.server.exam.domain.ExamRepository;
import org.certamen.server.planning.domain.EnrolmentService;
import org.certamen.server.shared.DomainException;
import org.certamen.server.shared.ErrorKind;
import org.certamen.server.shared.FieldError;

/**
 * Staff review and correct a finalised session's results as a jury, each action a new version of
 * the candidate's result, until publication. Futures fail with {@link DomainException}:
 * {@code SESSION_NOT_FOUND}, {@code CANDIDATE_NOT_FOUND}, {@code SESSION_NOT_FINALIZED},
 * {@code RESULTS_PUBLISHED}, {@code RESULT_NOT_FOUND}, {@code INVALID_FIELD},
 * {@code QUESTION_NOT_ANSWERED}, {@code QUESTION_ALREADY_NEUTRALIZED}, {@code CONCURRENT_UPDATE}.
 */
public record JuryService(EnrolmentService enrolment, ResultRepository results,
    ScoredSessions sessions, ResultScoring scoring, Clock clock) {
  /** Applies a jury action to a candidate's result, as a new version; only before publication. */
  public Future<CertificationResult> apply(String sessionId, String candidateId,
      JuryAction action, String author) {
    return juryAction(sessionId, candidateId, action, author, true);
  }

  /** The version a jury action would produce, stored nowhere: what the jury sees before confirming. */
  public Future<CertificationResult> preview(String sessionId, String candidateId,
      JuryAction action, String author) {
    return juryAction(sessionId, candidateId, action, author, false);
  }

  /** Every version of a candidate's result, oldest first. */
  public Future<List<CertificationResult>> versions(String sessionId, String candidateId) {
    return sessions.finalized(sessionId)
        .compose(finalization -> enrolment.candidate(sessionId, candidateId))
        .compose(candidate -> results.history(sessionId))
        .map(history -> history.stream().filter(r -> r.candidateId().equals(candidateId)).toList());
  }

  private Future<CertificationResult> juryAction(String sessionId, String candidateId,
      JuryAction action, String author, boolean store) {
    Instant now = clock.instant();
    return sessions.finalized(sessionId)
        .compose(finalization -> {
          if (finalization.isPublished()) {
            return Future.failedFuture(published(sessionId));
          }
          return enrolment.candidate(sessionId, candidateId);
        })
        .compose(candidate -> results.history(sessionId))
        .compose(history -> {
          CertificationResult current = ScoredSessions.current(history).get(candidateId);
          if (current == null) {
            return Future.failedFuture(DomainException.notFound("RESULT_NOT_FOUND",
                "Candidate " + candidateId + " has no result: the test was never started"));
          }
          ResultBasis basis = changedBasis(current.basis(), action);
          CertificationResult next = scoring.score(sessionId, candidateId, basis,
              new Revision(current.version() + 1, action.kind().apiName(), author, now));
          if (!store) {
            return Future.succeededFuture(next);
          }
          return results.append(next).map(outcome -> switch (outcome) {
            case STORED -> next;
            case PUBLISHED -> throw published(sessionId);
            case CONFLICT -> throw DomainException.conflict(ExamRepository.CONCURRENT_UPDATE,
                "The result of candidate " + candidateId + " changed meanwhile: reload it");
          });
        });
  }

  private static ResultBasis changedBasis(ResultBasis basis, JuryAction action) {
    String forCandidate = action.commentForCandidate() != null
        ? action.commentForCandidate() : basis.commentForCandidate();
    String forOrganization = action.commentForOrganization() != null
        ? action.commentForOrganization() : basis.commentForOrganization();
    return switch (action.kind()) {
      case NEUTRALIZE -> {
        Integer number = action.questionNumber();
        if (number == null) {
          throw DomainException.invalid("INVALID_FIELD",
              "Field 'questionNumber' is required to neutralise a question");
        }
        if (number < 1 || number > basis.answeredQuestions()) {
          throw DomainException.invalid("QUESTION_NOT_ANSWERED", "The candidate answered questions 1 to "
              + basis.answeredQuestions() + ", not " + number);
        }
        if (basis.neutralizedQuestions().contains(number)) {
          throw DomainException.conflict("QUESTION_ALREADY_NEUTRALIZED",
              "Question " + number + " is already neutralised for this candidate");
        }
        List<Integer> numbers = new ArrayList<>(basis.neutralizedQuestions());
        numbers.add(number);
        yield basis.withNeutralizedQuestions(numbers, forCandidate, forOrganization);
      }
      case CANCEL, REJECT -> {
        List<FieldError> errors = new ArrayList<>();
        if (forCandidate == null || forCandidate.isBlank()) {
          errors.add(new FieldError("commentForCandidate", "is required to " + action.kind().apiName()));
        }
        if (forOrganization == null || forOrganization.isBlank()) {
          errors.add(new FieldError("commentForOrganization", "is required to " + action.kind().apiName()));
        }
        if (!errors.isEmpty()) {
          throw new DomainException(ErrorKind.INVALID_INPUT, "INVALID_FIELD",
              "A " + action.kind().apiName() + " needs a comment for the candidate and one for the school",
              errors);
        }
        yield basis.withJuryDecision(action.kind() == JuryAction.Kind.CANCEL
            ? JuryDecision.CANCEL : JuryDecision.REJECT, forCandidate, forOrganization);
      }
      case RESCORE -> basis.withJuryDecision(null, forCandidate, forOrganization);
    };
  }

  private static DomainException published(String sessionId) {
    return DomainException.conflict("RESULTS_PUBLISHED",
        "The results of session " + sessionId + " are published and can no longer change");
  }
}

package org.certamen.server.session.domain;

import io.vertx.core.Future;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.certamen.server.enrolment.domain.Candidate;
import org.certamen.server.enrolment.domain.EnrolmentService;
import org.certamen.server.shared.Clock;
import org.certamen.server.shared.DomainException;
import org.certamen.server.shared.SessionStage;

/**
 * The invigilator's side of a session: the live view, authorisations, ending a test, the event
 * log; and the candidate's heartbeats that feed the view. Futures fail with
 * {@link DomainException}: {@code SESSION_NOT_FOUND}, {@code CANDIDATE_NOT_FOUND},
 * {@code EXAM_NOT_FOUND} (the candidate never entered), {@code CANNOT_AUTHORIZE},
 * {@code TEST_ENDED}, {@code CANNOT_MARK_ABSENT}, {@code SESSION_FINALIZED}.
 */
public final class SupervisionService {
  private final EnrolmentService enrolment;
  private final ExamRepository exams;
  private final PresenceRepository presence;
  private final SessionStage.Lookup stages;
  private final Clock clock;
  private final int questionCount;

  public SupervisionService(EnrolmentService enrolment, ExamRepository exams,
      PresenceRepository presence, SessionStage.Lookup stages, Clock clock, int questionCount) {
    this.enrolment = enrolment;
    this.exams = exams;
    this.presence = presence;
    this.stages = stages;
    this.clock = clock;
    this.questionCount = questionCount;
  }

  /** Every candidate of the session as the invigilator must see them now. */
  public Future<Supervision> supervision(String sessionId) {
    Instant now = clock.now();
    return enrolment.session(sessionId).compose(session -> Future.all(
            enrolment.candidates(sessionId), exams.listBySession(sessionId),
            presence.listBySession(sessionId), stages.of(sessionId))
        .map(all -> {
          List<Candidate> candidates = all.resultAt(0);
          Map<String, Exam> examsById = all.<List<Exam>>resultAt(1).stream()
              .collect(Collectors.toMap(Exam::candidateId, Function.identity()));
          Map<String, Heartbeat> heartbeats = all.resultAt(2);
          Map<ExamStatus, Integer> counts = new EnumMap<>(ExamStatus.class);
          for (ExamStatus status : ExamStatus.values()) {
            counts.put(status, 0);
          }
          List<CandidateSupervision> lines = new ArrayList<>();
          List<Supervision.SessionAlert> alerts = new ArrayList<>();
          for (Candidate candidate : candidates) {
            CandidateSupervision line = line(candidate, examsById.get(candidate.id()),
                heartbeats.get(candidate.id()), now);
            counts.merge(line.status(), 1, Integer::sum);
            line.openAlerts().forEach(a -> alerts.add(new Supervision.SessionAlert(candidate.id(), a)));
            lines.add(line);
          }
          alerts.sort(Comparator.comparing(a -> a.alert().raisedAt()));
          return new Supervision(session, all.resultAt(3), now, questionCount, counts, lines,
              alerts);
        }));
  }

  /** The invigilator confirms presence and lets the candidate start, or resume. */
  public Future<Exam> authorize(String sessionId, String candidateId) {
    Instant now = clock.now();
    return existingCandidate(sessionId, candidateId).compose(candidate ->
        exams.update(sessionId, candidateId, exam -> switch (exam.status()) {
          case AUTHORIZED -> exam;
          case WAITING_AUTHORIZATION, WAITING_RESUME -> exam.withStatus(ExamStatus.AUTHORIZED, now)
              .withEvent(ExamEventType.AUTHORIZED, now, null);
          default -> throw DomainException.conflict("CANNOT_AUTHORIZE",
              "Candidate " + candidateId + " is " + exam.status() + ": nothing to authorise");
        }));
  }

  /** The invigilator ends a candidate's test, with the reason kept in the event log. */
  public Future<Exam> endTest(String sessionId, String candidateId, String reason) {
    Instant now = clock.now();
    return existingCandidate(sessionId, candidateId).compose(candidate ->
        exams.update(sessionId, candidateId, stored -> {
          Exam exam = stored.expiredAt(now);
          if (exam.status().isEnded()) {
            throw DomainException.conflict("TEST_ENDED",
                "The test of candidate " + candidateId + " already ended (" + exam.status() + ")");
          }
          return exam.withStatus(ExamStatus.ENDED_BY_INVIGILATOR, now)
              .withEvent(ExamEventType.ENDED_BY_INVIGILATOR, now, reason);
        }));
  }

  /**
   * The invigilator notes that a candidate is absent: one who never entered, or entered and left
   * before starting. Fails with {@code CANNOT_MARK_ABSENT} once the test started.
   */
  public Future<Exam> markAbsent(String sessionId, String candidateId) {
    Instant now = clock.now();
    return existingCandidate(sessionId, candidateId).compose(candidate -> stages.of(sessionId)
        .map(stage -> {
          if (stage.isClosed()) {
            throw DomainException.conflict("SESSION_FINALIZED", "La session " + sessionId
                + " est finalisée : les présences ne changent plus.");
          }
          return stage;
        })
        .compose(open -> exams.find(sessionId, candidateId)).compose(found -> found.isPresent()
            ? exams.update(sessionId, candidateId, exam -> exam.markedAbsent(now, null))
            : exams.save(Exam.absent(sessionId, candidateId, candidate.extraTimePercentage(), now))
                .recover(failure -> ExamRepository.isConcurrentUpdate(failure)
                    ? exams.update(sessionId, candidateId, exam -> exam.markedAbsent(now, null))
                    : Future.failedFuture(failure))));
  }

  /** The ids of the candidates marked absent, by the invigilator or the finalisation. */
  public Future<Set<String>> absentees(String sessionId) {
    return exams.listBySession(sessionId).map(all -> all.stream()
        .filter(exam -> exam.status() == ExamStatus.ABSENT)
        .map(Exam::candidateId).collect(Collectors.toSet()));
  }

  /** The candidate's event log, oldest first. */
  public Future<List<ExamEvent>> events(String sessionId, String candidateId) {
    return existingCandidate(sessionId, candidateId)
        .compose(candidate -> exams.find(sessionId, candidateId))
        .map(found -> found.map(Exam::events).orElse(List.of()));
  }

  /**
   * Records that the candidate's page is alive and what it says of the extension. When the count
   * of blocked attempts grew, the candidate's event log says so (the count itself is the
   * extension's, kept since it was installed).
   */
  public Future<Heartbeat> heartbeat(String sessionId, String candidateId, String extensionVersion,
      boolean blockingActive, int blockedAttempts) {
    Instant now = clock.now();
    Heartbeat heartbeat = new Heartbeat(sessionId, candidateId, now, extensionVersion,
        blockingActive, blockedAttempts);
    return presence.find(sessionId, candidateId).compose(previous -> presence.record(heartbeat)
        .compose(recorded -> previous.isPresent()
            && blockedAttempts > previous.get().blockedAttempts()
            ? logBlockedAttempts(sessionId, candidateId, blockedAttempts, now)
            : Future.succeededFuture())
        .map(heartbeat));
  }

  private Future<Void> logBlockedAttempts(String sessionId, String candidateId, int total,
      Instant now) {
    return exams.find(sessionId, candidateId).compose(found -> found.isEmpty()
        ? Future.succeededFuture()
        : exams.update(sessionId, candidateId, exam -> exam.withEvent(
            ExamEventType.BLOCKED_ATTEMPTS, now, Integer.toString(total))).mapEmpty());
  }

  private Future<Candidate> existingCandidate(String sessionId, String candidateId) {
    return enrolment.session(sessionId).compose(session -> enrolment.candidate(sessionId, candidateId));
  }

  private CandidateSupervision line(Candidate candidate, Exam stored, Heartbeat heartbeat,
      Instant now) {
    if (stored == null) {
      return new CandidateSupervision(candidate, ExamStatus.REGISTERED, 0,
          Exam.entered(candidate.sessionId(), candidate.id(), candidate.extraTimePercentage(), now)
              .remainingSeconds(now), heartbeat, List.of());
    }
    Exam exam = stored.expiredAt(now);
    return new CandidateSupervision(candidate, exam.status(), exam.answers().size(),
        exam.remainingSeconds(now), heartbeat,
        exam.alerts().stream().filter(Alert::isOpen).toList());
  }
}

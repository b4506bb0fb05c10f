package org.certamen.server.supervision.domain;

import org.certamen.server.exam.domain.Alert;
import org.certamen.server.exam.domain.Exam;
import org.certamen.server.exam.domain.ExamEvent;
import org.certamen.server.exam.domain.ExamRepository;
import org.certamen.server.exam.domain.ExamStatus;
import org.certamen.server.exam.domain.Heartbeat;
import org.certamen.server.exam.domain.PresenceRepository;

import io.vertx.core.Future;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.certamen.server.planning.domain.Candidate;
import org.certamen.server.planning.domain.CandidateCertifiability;
import org.certamen.server.planning.domain.EnrolmentService;
import org.certamen.server.planning.domain.SessionClosure;
import org.certamen.server.shared.DomainException;
import org.certamen.server.shared.SessionStage;

/**
 * The invigilator's side of a session: the live view, authorisations, ending a test, the event
 * log; and the candidate's heartbeats that feed the view. Futures fail with
 * {@link DomainException}: {@code SESSION_NOT_FOUND}, {@code CANDIDATE_NOT_FOUND},
 * {@code EXAM_NOT_FOUND} (the candidate never entered), {@code CANNOT_MARK_ABSENT},
 * {@code SESSION_FINALIZED} (nothing changes once the session is finalised), and those of the
 * {@link Exam} transition each one calls.
 */
public record SupervisionService(EnrolmentService enrolment, ExamRepository exams,
    PresenceRepository presence, SessionClosure closure, SessionStage.Lookup stages,
    CandidateCertifiability certifiability, Clock clock, int questionCount) {
  /** Every candidate of the session as the invigilator must see them now. */
  public Future<Supervision> supervision(String sessionId) {
    Instant now = clock.instant();
    return enrolment.session(sessionId).compose(session -> enrolment.candidates(sessionId)
        .compose(enrolled -> Future.all(Future.succeededFuture(enrolled),
            exams.listBySession(sessionId), presence.listBySession(sessionId),
            stages.of(sessionId), certifiability.of(sessionId, enrolled)))
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
              alerts, all.resultAt(4));
        }));
  }

  /**
   * The invigilator confirms presence and lets the candidate start, or resume. Fails with the
   * codes of {@link Exam#authorize}.
   */
  public Future<Exam> authorize(String sessionId, String candidateId) {
    Instant now = clock.instant();
    return existingCandidate(sessionId, candidateId)
        .compose(candidate -> closure.requireOpen(sessionId))
        .compose(open -> exams.update(sessionId, candidateId, exam -> exam.authorize(now)));
  }

  /**
   * The invigilator ends a candidate's test, with the reason kept in the event log. Fails with
   * the codes of {@link Exam#endByInvigilator}.
   */
  public Future<Exam> endTest(String sessionId, String candidateId, String reason) {
    Instant now = clock.instant();
    return existingCandidate(sessionId, candidateId)
        .compose(candidate -> closure.requireOpen(sessionId))
        .compose(open -> exams.update(sessionId, candidateId,
            exam -> exam.endByInvigilator(reason, now)));
  }

  /**
   * The invigilator notes that a candidate is absent: one who never entered, or entered and left
   * before starting. Fails with {@code CANNOT_MARK_ABSENT} once the test started.
   */
  public Future<Exam> markAbsent(String sessionId, String candidateId) {
    Instant now = clock.instant();
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
    return exam(sessionId, candidateId).map(found -> found.map(Exam::events).orElse(List.of()));
  }

  /** The candidate's exam (event log and alerts), empty if they never entered. */
  public Future<Optional<Exam>> exam(String sessionId, String candidateId) {
    return existingCandidate(sessionId, candidateId)
        .compose(candidate -> exams.find(sessionId, candidateId));
  }

  /**
   * Records that the candidate's page is alive and what it says of the extension; a test past its
   * time is ended. When the count of blocked attempts grew, the candidate's event log says so (the
   * count itself is the extension's, kept since it was installed). Fails with
   * {@code SESSION_FINALIZED} once the session is finalised.
   */
  public Future<Heartbeat> heartbeat(String sessionId, String candidateId, String extensionVersion,
      boolean blockingActive, int blockedAttempts) {
    Instant now = clock.instant();
    Heartbeat heartbeat = new Heartbeat(sessionId, candidateId, now, extensionVersion,
        blockingActive, blockedAttempts);
    return closure.requireOpen(sessionId)
        .compose(open -> presence.find(sessionId, candidateId))
        .compose(previous -> {
          boolean grew = previous.isPresent() && blockedAttempts > previous.get().blockedAttempts();
          return exams.update(sessionId, candidateId, exam -> {
            Exam current = exam.expiredAt(now);
            return grew ? current.blockedAttemptsGrew(blockedAttempts, now) : current;
          });
        })
        .compose(exam -> presence.record(heartbeat))
        .map(heartbeat);
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

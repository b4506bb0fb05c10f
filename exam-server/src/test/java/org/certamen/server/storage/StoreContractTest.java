package org.certamen.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.certamen.engine.Outcome;
import org.certamen.engine.scoring.TestResult;
import org.certamen.server.Await;
import org.certamen.server.TestClock;
import org.certamen.server.centre.domain.Activation;
import org.certamen.server.centre.domain.Centre;
import org.certamen.server.centre.domain.DirectoryEntry;
import org.certamen.server.centre.domain.CentreLogin;
import org.certamen.server.centre.domain.CentreRole;
import org.certamen.server.centre.domain.CentreSession;
import org.certamen.server.centre.domain.Invitation;
import org.certamen.server.centre.domain.Member;
import org.certamen.server.planning.domain.Candidate;
import org.certamen.server.planning.domain.Session;
import org.certamen.server.results.domain.AbortReason;
import org.certamen.server.results.domain.CertificationResult;
import org.certamen.server.results.domain.CertifiedCandidate;
import org.certamen.server.results.domain.Finalization;
import org.certamen.server.results.domain.Incident;
import org.certamen.server.results.domain.IncidentCategory;
import org.certamen.server.results.domain.JuryDecision;
import org.certamen.server.results.domain.ResultBasis;
import org.certamen.server.results.domain.ResultRepository;
import org.certamen.server.results.domain.ResultStatus;
import org.certamen.server.results.domain.Revision;
import org.certamen.server.results.domain.TestEnding;
import org.certamen.server.exam.domain.AccessToken;
import org.certamen.server.exam.domain.Alert;
import org.certamen.server.exam.domain.AlertKind;
import org.certamen.server.exam.domain.DesignVersion;
import org.certamen.server.exam.domain.Exam;
import org.certamen.server.exam.domain.ExamEvent;
import org.certamen.server.exam.domain.ExamEventType;
import org.certamen.server.exam.domain.ExamRepository;
import org.certamen.server.exam.domain.ExamStatus;
import org.certamen.server.exam.domain.GivenAnswer;
import org.certamen.server.exam.domain.TestProgress;
import org.certamen.server.exam.domain.Heartbeat;
import org.certamen.server.exam.domain.Role;
import org.certamen.server.roster.domain.Pupil;
import org.certamen.server.roster.domain.PupilProfile;
import org.certamen.server.roster.domain.RosterImportSummary;
import org.certamen.server.shared.DomainException;
import org.certamen.engine.TestDesign;
import org.certamen.engine.bank.ItemPool;
import org.certamen.server.TestBank;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Store} must do. A store implementation passes it by extending this class.
 * Ids are random so that runs against a shared Redis never collide.
 */
public abstract class StoreContractTest {
  private static final TestDesign DESIGN = TestBank.design();
  protected final TestClock clock = new TestClock();
  protected Store store;
  private final String sessionId = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  private final String centreId = "C" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  private final String address = centreId.toLowerCase(java.util.Locale.ROOT) + "@college.example";

  /** A store to test; it reads {@code clock} where it needs the time. */
  protected abstract Store newStore(TestClock clock);

  @BeforeEach
  void openStore() {
    store = newStore(clock);
  }

  @AfterEach
  void closeStore() {
    Await.result(store.close());
  }

  @Test
  void createsASessionOnlyWhenItsIdIsFree() {
    Session session = session(sessionId);
    assertThat(Await.result(store.sessions().create(session))).isTrue();
    assertThat(Await.result(store.sessions().create(session(sessionId)))).isFalse();
    assertThat(Await.result(store.sessions().find(sessionId))).contains(session);
  }

  @Test
  void findsNoUnknownSession() {
    assertThat(Await.result(store.sessions().find(sessionId + "x"))).isEmpty();
  }

  @Test
  void listsCandidatesOfOneSessionInEnrolmentOrder() {
    List<Candidate> enrolled = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Candidate candidate = candidate(sessionId, "c" + (5 - i));
      enrolled.add(candidate);
      Await.result(store.candidates().add(candidate));
    }
    Await.result(store.candidates().add(candidate(sessionId + "other", "c9")));
    assertThat(Await.result(store.candidates().listBySession(sessionId))).containsExactlyElementsOf(enrolled);
    assertThat(Await.result(store.candidates().find(sessionId, "c3"))).contains(enrolled.get(2));
    assertThat(Await.result(store.candidates().find(sessionId, "c9"))).isEmpty();
    assertThat(Await.result(store.candidates().listBySession(sessionId + "none"))).isEmpty();
  }

  @Test
  void savesANewExamAtVersionOne() {
    Exam saved = Await.result(store.exams().save(exam("c1")));
    assertThat(saved.version()).isEqualTo(1);
    assertThat(Await.result(store.exams().find(sessionId, "c1"))).contains(saved);
  }

  @Test
  void keepsEveryFieldOfAnExam() {
    Instant at = Instant.parse("2026-11-28T09:12:34.567Z");
    Exam exam = new Exam(sessionId, "c1", 0, ExamStatus.PAUSED_EXTENSION_ALERT,
        Duration.ofMinutes(105), null, Duration.ofMillis(6_229_433),
        new DesignVersion("certamen", "2026.1"),
        TestProgress.decoded(
            "{\"s\":42,\"r\":[{\"i\":\"q1\",\"o\":\"CORRECT\",\"x\":false}],\"c\":\"q2\",\"n\":null}"), at,
        at.plusSeconds(4),
        List.of(new GivenAnswer(1, "q1", "1,3", Outcome.CORRECT, at),
            new GivenAnswer(2, "q7", "{\"ville\":\"Lyon\"}", Outcome.WRONG, at.plusSeconds(3)),
            new GivenAnswer(3, "q8", null, Outcome.SKIPPED, at.plusSeconds(4))),
        List.of(new Alert("1", AlertKind.QUESTION, "q9", 4, "image absente", at, at.plusSeconds(60),
                Alert.VALIDATE, null, null),
            new Alert("2", AlertKind.EXTENSION, null, 0, null, at.plusSeconds(70), null, null, null, null),
            new Alert("3", AlertKind.QUESTION, "q10", 5, null, at, at.plusSeconds(80),
                Alert.TEST_ENDED, "malaise", null)),
        List.of(new ExamEvent(ExamEventType.ENTERED, at, null),
            new ExamEvent(ExamEventType.QUESTION_ALERT, at, "é\"\n")));
    Exam saved = Await.result(store.exams().save(exam));
    Exam found = Await.result(store.exams().find(sessionId, "c1")).orElseThrow();
    assertThat(found).isEqualTo(saved);
    assertThat(found.frozenRemaining()).isEqualTo(exam.frozenRemaining());
    assertThat(found.events()).extracting(ExamEvent::type)
        .containsExactly(ExamEventType.ENTERED, ExamEventType.QUESTION_ALERT);
  }

  @Test
  void readsBackEveryAnswerSavedAsAStepAndTheChangesAfterThem() {
    Exam started = Await.result(store.exams().save(startedExam("c1")));
    Exam answered = started;
    String[] values = {"1,3", null, "{\"ville\":\"Lyon\"}\n\té"};
    for (String value : values) {
      clock.advance(Duration.ofSeconds(20));
      answered = Await.result(store.exams().update(sessionId, "c1", exam ->
          exam.answer(DESIGN, exam.questionOnScreen(), null, value, clock.instant())));
    }
    assertThat(answered.version()).isEqualTo(started.version() + values.length);
    assertThat(Await.result(store.exams().find(sessionId, "c1"))).contains(answered);
    assertThat(Await.result(store.exams().listBySession(sessionId))).containsExactly(answered);

    Exam alerted = Await.result(store.exams().update(sessionId, "c1",
        exam -> exam.raiseExtensionAlert(clock.instant())));
    Exam resumed = Await.result(store.exams().update(sessionId, "c1", exam -> exam.resolveAlert(
        DESIGN, exam.openAlerts().get(0).id(), Alert.EXTENSION_BACK, "surveillant", clock.instant())));
    Exam next = Await.result(store.exams().update(sessionId, "c1", exam ->
        exam.answer(DESIGN, exam.questionOnScreen(), null, "2", clock.instant())));
    Exam found = Await.result(store.exams().find(sessionId, "c1")).orElseThrow();
    assertThat(found).isEqualTo(next);
    assertThat(found.answers()).extracting(GivenAnswer::value)
        .containsExactly("1,3", null, "{\"ville\":\"Lyon\"}\n\té", "2");
    assertThat(found.testState()).isEqualTo(next.testState());
    assertThat(alerted.version()).isLessThan(resumed.version());
  }

  @Test
  void refusesAnAnswerReadBeforeAnotherSave() {
    Exam started = Await.result(store.exams().save(startedExam("c1")));
    Exam answered = started.answer(DESIGN, started.questionOnScreen(), null, null, clock.instant());
    Exam saved = Await.result(store.exams().save(started, answered));
    Throwable failure = Await.failure(store.exams().save(started, answered));
    assertThat(failure).isInstanceOf(DomainException.class);
    assertThat(((DomainException) failure).code()).isEqualTo(ExamRepository.CONCURRENT_UPDATE);
    assertThat(Await.result(store.exams().find(sessionId, "c1"))).contains(saved);
  }

  @Test
  void refusesToSaveAnExamReadBeforeAnotherSave() {
    Exam first = Await.result(store.exams().save(exam("c1")));
    Exam second = Await.result(store.exams().save(first.authorize(clock.instant())));
    Throwable failure = Await.failure(store.exams().save(first.enteredAgain(null, clock.instant())));
    assertThat(failure).isInstanceOf(DomainException.class);
    assertThat(((DomainException) failure).code()).isEqualTo(ExamRepository.CONCURRENT_UPDATE);
    assertThat(Await.result(store.exams().find(sessionId, "c1"))).contains(second);
  }

  @Test
  void refusesToCreateAnExamThatAlreadyExists() {
    Exam stored = Await.result(store.exams().save(exam("c1")));
    Throwable failure = Await.failure(store.exams().save(exam("c1")));
    assertThat(((DomainException) failure).code()).isEqualTo(ExamRepository.CONCURRENT_UPDATE);
    assertThat(Await.result(store.exams().find(sessionId, "c1"))).contains(stored);
  }

  @Test
  void appliesEveryConcurrentUpdateExactlyOnce() {
    Await.result(store.exams().save(exam("c1")));
    List<Future<Exam>> updates = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      updates.add(store.exams().update(sessionId, "c1",
          exam -> exam.enteredAgain(null, clock.instant())));
    }
    Await.result(Future.all(updates));
    Exam exam = Await.result(store.exams().find(sessionId, "c1")).orElseThrow();
    assertThat(exam.events()).hasSize(11);
    assertThat(exam.version()).isEqualTo(11);
  }

  @Test
  void listsTheExamsOfOneSession() {
    Await.result(store.exams().save(exam("c1")));
    Await.result(store.exams().save(exam("c2")));
    assertThat(Await.result(store.exams().listBySession(sessionId)))
        .extracting(Exam::candidateId).containsExactlyInAnyOrder("c1", "c2");
    assertThat(Await.result(store.exams().find(sessionId, "c3"))).isEmpty();
  }

  @Test
  void keepsTheLastHeartbeatOfEachCandidate() {
    Heartbeat first = new Heartbeat(sessionId, "c1", clock.instant(), "1.0.0", true, 0);
    Heartbeat later = new Heartbeat(sessionId, "c1", clock.instant().plusSeconds(5), "1.0.0", true, 2);
    Heartbeat other = new Heartbeat(sessionId, "c2", clock.instant(), null, false, 0);
    Await.result(store.presence().record(first));
    Await.result(store.presence().record(later));
    Await.result(store.presence().record(other));
    assertThat(Await.result(store.presence().find(sessionId, "c1"))).contains(later);
    assertThat(Await.result(store.presence().listBySession(sessionId)))
        .containsOnlyKeys("c1", "c2").containsEntry("c2", other);
  }

  @Test
  void findsASavedTokenByItsValue() {
    AccessToken token = new AccessToken(sessionId + ".secret1", Role.CANDIDATE, sessionId, "c1",
        clock.instant().plus(Duration.ofHours(4)));
    Await.result(store.tokens().save(token));
    assertThat(Await.result(store.tokens().find(token.value()))).contains(token);
    assertThat(Await.result(store.tokens().find(sessionId + ".other"))).isEmpty();
  }

  @Test
  void admitsAttemptsUpToTheLimitPerKeyAndScope() {
    Duration window = Duration.ofMinutes(5);
    assertThat(admit(sessionId, "k", 2, true)).isTrue();
    assertThat(admit(sessionId, "k", 2, true)).isTrue();
    assertThat(admit(sessionId, "k", 2, true)).isFalse();
    assertThat(admit(sessionId, "k", 2, false)).as("only decides, refused too").isFalse();
    assertThat(admit(sessionId, "other", 2, true)).isTrue();
    assertThat(admit(sessionId + "x", "k", 2, true)).isTrue();
    assertThat(Await.result(store.attempts().admit(sessionId, "k", 3, window, true))).isTrue();
  }

  @Test
  void countsAnAttemptOnlyWhenAsked() {
    assertThat(admit(sessionId, "k", 1, false)).isTrue();
    assertThat(admit(sessionId, "k", 1, false)).isTrue();
    assertThat(admit(sessionId, "k", 1, true)).isTrue();
    assertThat(admit(sessionId, "k", 1, false)).isFalse();
  }

  @Test
  void admitsAtMostTheLimitOutOfABurst() {
    List<Future<Boolean>> burst = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      burst.add(store.attempts().admit(sessionId, "burst", 10, Duration.ofMinutes(5), true));
    }
    Await.result(Future.all(burst));
    assertThat(burst.stream().filter(Future::result).count()).isEqualTo(10);
  }

  @Test
  void releasingTakesBackOneAttemptAndNeverGoesBelowNone() {
    admit(sessionId, "k", 2, true);
    admit(sessionId, "k", 2, true);
    Await.result(store.attempts().release(sessionId, "k"));
    assertThat(admit(sessionId, "k", 2, true)).isTrue();
    assertThat(admit(sessionId, "k", 2, true)).isFalse();
    Await.result(store.attempts().release(sessionId, "k"));
    Await.result(store.attempts().release(sessionId, "k"));
    Await.result(store.attempts().release(sessionId, "k"));
    Await.result(store.attempts().release(sessionId, "unknown"));
    assertThat(admit(sessionId, "k", 2, true)).isTrue();
    assertThat(admit(sessionId, "k", 2, true)).isTrue();
    assertThat(admit(sessionId, "k", 2, true)).isFalse();
    assertThat(admit(sessionId, "unknown", 1, true)).isTrue();
  }

  @Test
  void forgetsATokenOnceExpired() {
    AccessToken token = new AccessToken(sessionId + ".secret", Role.INVIGILATOR, sessionId, null,
        clock.instant().plus(Duration.ofHours(12)));
    Await.result(store.tokens().save(token));
    clock.advance(Duration.ofHours(12));
    assertThat(Await.result(store.tokens().find(token.value()))).isEmpty();
  }

  @Test
  void startsANewWindowOfAttemptsOnceTheLastEnded() {
    Duration window = Duration.ofMinutes(5);
    admit(sessionId, "k", 2, true);
    admit(sessionId, "k", 2, true);
    clock.advance(window.minusMillis(1));
    assertThat(admit(sessionId, "k", 2, false)).isFalse();
    clock.advance(Duration.ofMillis(1));
    assertThat(admit(sessionId, "k", 2, true)).isTrue();
    assertThat(admit(sessionId, "k", 2, true)).isTrue();
    assertThat(admit(sessionId, "k", 2, true)).isFalse();
  }

  private boolean admit(String scope, String key, int limit, boolean counted) {
    return Await.result(store.attempts().admit(scope, key, limit, Duration.ofMinutes(5), counted));
  }

  @Test
  void createsACentreOnlyWhenItsIdIsFree() {
    Centre centre = new Centre(centreId, "Collège Jean Moulin", "0180777X");
    assertThat(Await.result(store.centres().create(centre))).isTrue();
    assertThat(Await.result(store.centres().create(new Centre(centreId, "Autre", null)))).isFalse();
    assertThat(Await.result(store.centres().find(centreId))).contains(centre);
    assertThat(Await.result(store.centres().find(centreId + "x"))).isEmpty();
  }

  @Test
  void givesEachAddressToOneCentreOnly() {
    Member invited = new Member(centreId, address, CentreRole.ADMINISTRATOR, null);
    assertThat(Await.result(store.centres().saveMember(invited))).isTrue();
    Member accepted = invited.withPasswordHash("salt$hash");
    assertThat(Await.result(store.centres().saveMember(accepted))).isTrue();
    assertThat(Await.result(store.centres().saveMember(
        new Member(centreId + "x", address, CentreRole.MEMBER, null)))).isFalse();
    assertThat(Await.result(store.centres().findMember(centreId, address))).contains(accepted);
    assertThat(Await.result(store.centres().centreOf(address))).contains(centreId);
  }

  @Test
  void listsMembersByAddressAndFreesTheAddressOfARemovedOne() {
    Member second = new Member(centreId, "b" + address, CentreRole.MEMBER, null);
    Member first = new Member(centreId, "a" + address, CentreRole.ADMINISTRATOR, "salt$hash");
    Await.result(store.centres().saveMember(second));
    Await.result(store.centres().saveMember(first));
    assertThat(Await.result(store.centres().members(centreId))).containsExactly(first, second);

    Await.result(store.centres().removeMember(centreId, second.email()));
    assertThat(Await.result(store.centres().members(centreId))).containsExactly(first);
    assertThat(Await.result(store.centres().centreOf(second.email()))).isEmpty();
    assertThat(Await.result(store.centres().saveMember(
        new Member(centreId + "x", second.email(), CentreRole.MEMBER, null)))).isTrue();
    Await.result(store.centres().removeMember(centreId + "x", second.email()));
  }

  @Test
  void forgetsAnInvitationOnceDeletedOrExpired() {
    Invitation invitation = new Invitation(centreId + ".secret1", centreId, address,
        clock.instant().plus(Duration.ofDays(7)));
    Await.result(store.centres().invitations().save(invitation));
    assertThat(Await.result(store.centres().invitations().find(invitation.token()))).contains(invitation);
    assertThat(Await.result(store.centres().invitations().find(centreId + ".other"))).isEmpty();
    Await.result(store.centres().invitations().delete(invitation));
    assertThat(Await.result(store.centres().invitations().find(invitation.token()))).isEmpty();

    // A lifetime of real seconds: a store's own expiry (Redis TTLs) must not act before the clock.
    Invitation shortLived = new Invitation(centreId + ".secret2", centreId, address,
        clock.instant().plus(Duration.ofMinutes(1)));
    Await.result(store.centres().invitations().save(shortLived));
    assertThat(Await.result(store.centres().invitations().find(shortLived.token()))).contains(shortLived);
    clock.advance(Duration.ofMinutes(2));
    assertThat(Await.result(store.centres().invitations().find(shortLived.token()))).isEmpty();
  }

  @Test
  void findsALoginByItsValueUntilItExpires() {
    // A lifetime of real seconds: a store's own expiry (Redis TTLs) must not act before the clock.
    CentreLogin login = new CentreLogin(CentreLogin.PREFIX + centreId + ".secret", centreId, address,
        clock.instant().plus(Duration.ofMinutes(1)));
    Await.result(store.centres().logins().save(login));
    assertThat(Await.result(store.centres().logins().find(login.value()))).contains(login);
    assertThat(Await.result(store.centres().logins().find(login.value() + "x"))).isEmpty();
    clock.advance(Duration.ofMinutes(2));
    assertThat(Await.result(store.centres().logins().find(login.value()))).isEmpty();
  }

  @Test
  void keepsTheSessionsOfACentreInPlanningOrder() {
    Await.result(store.centres().addSession(new CentreSession(centreId, sessionId + "b", "pw-b")));
    Await.result(store.centres().addSession(new CentreSession(centreId, sessionId + "a", "pw-a")));
    assertThat(Await.result(store.centres().sessions(centreId)))
        .containsExactly(sessionId + "b", sessionId + "a");
    assertThat(Await.result(store.centres().ownerOf(sessionId + "a")))
        .contains(new CentreSession(centreId, sessionId + "a", "pw-a"));
    assertThat(Await.result(store.centres().ownerOf(sessionId + "c"))).isEmpty();
    assertThat(Await.result(store.centres().sessions(centreId + "x"))).isEmpty();
  }

  @Test
    void savesASessionsFinalizationOnlyOnce() {
    Finalization finalization = finalization(sessionId, clock.instant());
    assertThat(Await.result(store.results().saveFinalization(finalization))).isTrue();
    assertThat(Await.result(store.results().saveFinalization(
        finalization(sessionId, clock.instant().plusSeconds(60))))).isFalse();
    assertThat(Await.result(store.results().findFinalization(sessionId))).contains(finalization);
    assertThat(Await.result(store.results().findFinalization(sessionId + "x"))).isEmpty();
  }

  @Test
  void listsFinalizationsOldestFirst() {
    Finalization later = finalization(sessionId + "b", clock.instant().plusSeconds(60));
    Finalization earlier = finalization(sessionId + "a", clock.instant());
    Await.result(store.results().saveFinalization(later));
    Await.result(store.results().saveFinalization(earlier));
    assertThat(Await.result(store.results().listFinalizations()))
        .filteredOn(f -> f.sessionId().startsWith(sessionId))
        .containsExactly(earlier, later);
  }

  @Test
  void appendsResultVersionsInOrderAndRefusesAStaleOne() {
    Await.result(store.results().saveFinalization(finalization(sessionId, clock.instant())));
    CertificationResult first = result("c1", 1);
    CertificationResult second = result("c1", 2);
    assertThat(Await.result(store.results().append(first))).isEqualTo(ResultRepository.Append.STORED);
    assertThat(Await.result(store.results().append(result("c2", 1)))).isEqualTo(ResultRepository.Append.STORED);
    assertThat(Await.result(store.results().append(second))).isEqualTo(ResultRepository.Append.STORED);
    assertThat(Await.result(store.results().append(result("c1", 2)))).isEqualTo(ResultRepository.Append.CONFLICT);
    assertThat(Await.result(store.results().append(result("c1", 4)))).isEqualTo(ResultRepository.Append.CONFLICT);
    assertThat(Await.result(store.results().history(sessionId)))
        .containsExactly(first, result("c2", 1), second);
    assertThat(Await.result(store.results().history(sessionId + "x"))).isEmpty();
  }

  @Test
  void freezesResultsOncePublished() {
    Finalization finalization = finalization(sessionId, clock.instant());
    Await.result(store.results().saveFinalization(finalization));
    Await.result(store.results().append(result("c1", 1)));
    Instant at = clock.instant().plusSeconds(3600);
    assertThat(Await.result(store.results().publish(sessionId, at, "staff"))).isTrue();
    assertThat(Await.result(store.results().publish(sessionId, at.plusSeconds(1), "staff"))).isFalse();
    assertThat(Await.result(store.results().append(result("c1", 2))))
        .isEqualTo(ResultRepository.Append.PUBLISHED);
    assertThat(Await.result(store.results().history(sessionId))).containsExactly(result("c1", 1));
    assertThat(Await.result(store.results().findFinalization(sessionId)))
        .contains(finalization.published(at, "staff"));
  }

  @Test
  void appliesExactlyOneOfConcurrentAppendsOfTheSameVersion() {
    Await.result(store.results().append(result("c1", 1)));
    List<Future<ResultRepository.Append>> appends = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      appends.add(store.results().append(result("c1", 2)));
    }
    Await.result(Future.all(appends));
    assertThat(appends).filteredOn(f -> f.result() == ResultRepository.Append.STORED).hasSize(1);
    assertThat(Await.result(store.results().history(sessionId))).hasSize(2);
  }

  @Test
  void registersAVerificationCodeOnce() {
    String code = "P-" + sessionId.toUpperCase();
    assertThat(Await.result(store.results().registerCertificate(code, sessionId, "c1"))).isTrue();
    assertThat(Await.result(store.results().registerCertificate(code, sessionId, "c2"))).isFalse();
    assertThat(Await.result(store.results().findCertificate(code)))
        .contains(new CertifiedCandidate(sessionId, "c1"));
    assertThat(Await.result(store.results().findCertificate(code + "X"))).isEmpty();
  }

  private static Finalization finalization(String sessionId, Instant at) {
    return new Finalization(sessionId, at, "invigilator", "Coupure réseau à 10h12 ; « reprise »",
        true, false, List.of(
            new Incident("c1", IncidentCategory.IN_QUESTION, 5, "Image absente"),
            new Incident("c2", IncidentCategory.FRAUD, null, "Téléphone")),
        Map.of("c1", AbortReason.CANDIDATE, "c2", AbortReason.TECHNICAL), null, null);
  }

  private CertificationResult result(String candidateId, int version) {
    ResultBasis basis = new ResultBasis("{\"s\":42}", 25, TestEnding.LEFT_BY_CANDIDATE, false,
        version > 1 ? JuryDecision.REJECT : null, version > 1 ? List.of(3, 5) : List.of(),
        "Pour l'élève", "Pour l'école \"B\"", "P-AAAA-BBBB-CCCC");
    Map<String, Integer> levels = new LinkedHashMap<>();
    levels.put("1.1", 3);
    levels.put("5.2", 0);
    TestResult scoring = new TestResult(0.123456789, 0.3141592653589793, 412, 380, 450, 4,
        levels, 32);
    return new CertificationResult(sessionId, candidateId, basis,
        new Revision(version, version == 1 ? "finalization" : "reject", "staff",
            Instant.parse("2026-11-28T12:00:00.123Z").plusSeconds(version)),
        version == 1 ? ResultStatus.VALIDATED : ResultStatus.REJECTED,
        version == 1 ? null : "REJECTED_BY_JURY", scoring);
  }

  private Exam exam(String candidateId) {
    return Exam.entered(sessionId, candidateId, 30, clock.instant());
  }

  private Exam startedExam(String candidateId) {
    return exam(candidateId).authorize(clock.instant())
        .start(DESIGN, ItemPool.STANDARD, null, clock.instant());
  }

  protected static Session session(String id) {
    return new Session(id, "Collège Jean Moulin", "1 rue de la Paix, Lyon", "Salle 12",
        "Mme Martin", LocalDate.parse("2026-11-28"), LocalTime.parse("09:00"), "ABCD12", "salt$hash");
  }

  @Test
  void replacesDirectoryEntriesByUaiAndServesAnActivationOnce() {
    DirectoryEntry first = new DirectoryEntry("0180777X", "Collège", "ce.0180777x@ac.example", "school");
    DirectoryEntry renamed = new DirectoryEntry("0180777X", "Collège Jean Moulin",
        "ce.0180777x@ac.example", "other");
    Await.result(store.directory().save(List.of(first)));
    Await.result(store.directory().save(List.of(renamed)));
    assertThat(Await.result(store.directory().find("0180777X"))).contains(renamed);
    assertThat(Await.result(store.directory().find("0750654D"))).isEmpty();

    Activation activation = new Activation("a-" + centreId, "0180777X", clock.instant().plusSeconds(60));
    Await.result(store.directory().activations().save(activation));
    assertThat(Await.result(store.directory().activations().take(activation.token()))).contains(activation);
    assertThat(Await.result(store.directory().activations().take(activation.token()))).isEmpty();
    Activation expiring = new Activation("b-" + centreId, "0180777X", clock.instant().plusSeconds(60));
    Await.result(store.directory().activations().save(expiring));
    clock.advance(java.time.Duration.ofSeconds(60));
    assertThat(Await.result(store.directory().activations().take(expiring.token()))).isEmpty();
  }

  @Test
  void keepsTheFirstCentreClaimedForAUai() {
    assertThat(Await.result(store.directory().claimCentre("0180777X", centreId))).isEqualTo(centreId);
    assertThat(Await.result(store.directory().claimCentre("0180777X", centreId + "x")))
        .isEqualTo(centreId);
  }

  private static Candidate candidate(String sessionId, String id) {
    return new Candidate(id, sessionId, "Lefèvre", "Zoé", LocalDate.parse("2012-03-04"), "3e B",
        "123456789AB", 0, false, Map.of("1.1", 12, "2.3", 30));
  }

  @Test
  void keepsARostersPupilsApartFromTheirProfilesAndTheLatestProfileWins() {
    Pupil pupil = new Pupil("P" + sessionId, centreId, "123456789AB", "Martin", "Léa",
        LocalDate.of(2011, 3, 4), "3A", true, null, null);
    Await.result(store.pupils().saveAll(centreId, List.of(pupil)));
    Instant earlier = Instant.parse("2026-11-01T10:00:00Z");
    PupilProfile latest = new PupilProfile(Map.of("1.1", 8, "1.2", 9, "2.1", 16, "3.1", 8,
        "4.1", 12), earlier.plusSeconds(60), "campaign:c1");
    Await.result(store.pupils().saveProfile(centreId, pupil.id(), latest));

    PupilProfile kept = Await.result(store.pupils().saveProfile(centreId, pupil.id(),
        new PupilProfile(Map.of("1.1", 0), earlier, PupilProfile.IMPORTED)));
    Await.result(store.pupils().saveAll(centreId, List.of(pupil.deactivated(earlier))));

    assertThat(kept).isEqualTo(latest);
    Pupil found = Await.result(store.pupils().find(centreId, pupil.id())).orElseThrow();
    assertThat(found.profile()).isEqualTo(latest);
    assertThat(found.active()).isFalse();
    assertThat(found.deactivatedAt()).isEqualTo(earlier);
    assertThat(found.certifiability().isCertifiable()).isTrue();
    assertThat(Await.result(store.pupils().listByCentre(centreId))).containsExactly(found);
    assertThat(Await.result(store.pupils().find(centreId, "unknown"))).isEmpty();
  }

  @Test
  void remembersTheLastRosterImportAndWhichCandidatesCameFromTheRoster() {
    RosterImportSummary summary = new RosterImportSummary(Instant.parse("2026-11-02T08:00:00Z"),
        "siecle", 412, 3, 5, 1, 37, 3);
    assertThat(Await.result(store.pupils().lastImport(centreId))).isEmpty();
    Await.result(store.pupils().saveLastImport(centreId, summary));
    Await.result(store.rosterEnrolments().link(sessionId, "K1", "P1"));
    Await.result(store.rosterEnrolments().link(sessionId, "K2", "P2"));

    assertThat(Await.result(store.pupils().lastImport(centreId))).contains(summary);
    assertThat(Await.result(store.rosterEnrolments().pupilOf(sessionId, "K2"))).contains("P2");
    assertThat(Await.result(store.rosterEnrolments().pupilOf(sessionId, "K3"))).isEmpty();
    assertThat(Await.result(store.rosterEnrolments().pupilsOf(sessionId)))
        .isEqualTo(Map.of("K1", "P1", "K2", "P2"));
  }
}

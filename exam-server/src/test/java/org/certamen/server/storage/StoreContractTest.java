package org.certamen.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.certamen.engine.Outcome;
import org.certamen.server.Await;
import org.certamen.server.TestClock;
import org.certamen.server.enrolment.domain.Candidate;
import org.certamen.server.enrolment.domain.Session;
import org.certamen.server.session.domain.AccessToken;
import org.certamen.server.session.domain.Alert;
import org.certamen.server.session.domain.AlertKind;
import org.certamen.server.session.domain.Exam;
import org.certamen.server.session.domain.ExamEvent;
import org.certamen.server.session.domain.ExamEventType;
import org.certamen.server.session.domain.ExamRepository;
import org.certamen.server.session.domain.ExamStatus;
import org.certamen.server.session.domain.GivenAnswer;
import org.certamen.server.session.domain.Heartbeat;
import org.certamen.server.session.domain.Role;
import org.certamen.server.shared.DomainException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Store} must do. A store implementation passes it by extending this class.
 * Ids are random so that runs against a shared Redis never collide.
 */
public abstract class StoreContractTest {
  protected final TestClock clock = new TestClock();
  protected Store store;
  private final String sessionId = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

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
    Exam exam = exam("c1").withStatus(ExamStatus.IN_PROGRESS, at)
        .withTestState("{\"s\":42,\"r\":[{\"i\":\"q1\",\"o\":\"CORRECT\",\"x\":false}],\"c\":\"q2\",\"n\":null}", at)
        .withAnswer(new GivenAnswer(1, "q1", "1,3", Outcome.CORRECT, at))
        .withAnswer(new GivenAnswer(2, "q7", "{\"ville\":\"Lyon\"}", Outcome.WRONG, at.plusSeconds(3)))
        .withAnswer(new GivenAnswer(3, "q8", null, Outcome.SKIPPED, at.plusSeconds(4)))
        .withAlert(new Alert("1", AlertKind.QUESTION, "q9", 4, "image absente", at, at.plusSeconds(60), "validate"))
        .withAlert(new Alert("2", AlertKind.EXTENSION, null, 0, null, at.plusSeconds(70), null, null))
        .withEvent(ExamEventType.QUESTION_ALERT, at, "é\"\n")
        .withStatus(ExamStatus.PAUSED_EXTENSION_ALERT, at.plusSeconds(70));
    Exam saved = Await.result(store.exams().save(exam));
    Exam found = Await.result(store.exams().find(sessionId, "c1")).orElseThrow();
    assertThat(found).isEqualTo(saved);
    assertThat(found.frozenRemaining()).isEqualTo(exam.frozenRemaining());
    assertThat(found.events()).extracting(ExamEvent::type)
        .containsExactly(ExamEventType.ENTERED, ExamEventType.QUESTION_ALERT);
  }

  @Test
  void refusesToSaveAnExamReadBeforeAnotherSave() {
    Exam first = Await.result(store.exams().save(exam("c1")));
    Exam second = Await.result(store.exams().save(first.withEvent(ExamEventType.AUTHORIZED, clock.now(), null)));
    Throwable failure = Await.failure(store.exams().save(first.withEvent(ExamEventType.STARTED, clock.now(), null)));
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
      String detail = "update " + i;
      updates.add(store.exams().update(sessionId, "c1",
          exam -> exam.withEvent(ExamEventType.AUTHORIZED, clock.now(), detail)));
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
    Heartbeat first = new Heartbeat(sessionId, "c1", clock.now(), "1.0.0", true, 0);
    Heartbeat later = new Heartbeat(sessionId, "c1", clock.now().plusSeconds(5), "1.0.0", true, 2);
    Heartbeat other = new Heartbeat(sessionId, "c2", clock.now(), null, false, 0);
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
        clock.now().plus(Duration.ofHours(4)));
    Await.result(store.tokens().save(token));
    assertThat(Await.result(store.tokens().find(token.value()))).contains(token);
    assertThat(Await.result(store.tokens().find(sessionId + ".other"))).isEmpty();
  }

  @Test
  void countsFailuresPerKeyAndSession() {
    Duration window = Duration.ofMinutes(5);
    assertThat(Await.result(store.attempts().failures(sessionId, "k"))).isZero();
    Await.result(store.attempts().recordFailure(sessionId, "k", window));
    assertThat(Await.result(store.attempts().recordFailure(sessionId, "k", window))).isEqualTo(2);
    Await.result(store.attempts().recordFailure(sessionId, "other", window));
    assertThat(Await.result(store.attempts().failures(sessionId, "k"))).isEqualTo(2);
    assertThat(Await.result(store.attempts().failures(sessionId + "x", "k"))).isZero();
  }

  @Test
  void forgetsATokenOnceExpired() {
    AccessToken token = new AccessToken(sessionId + ".secret", Role.INVIGILATOR, sessionId, null,
        clock.now().plus(Duration.ofHours(12)));
    Await.result(store.tokens().save(token));
    clock.advance(Duration.ofHours(12));
    assertThat(Await.result(store.tokens().find(token.value()))).isEmpty();
  }

  @Test
  void startsANewWindowOfFailuresOnceTheLastEnded() {
    Duration window = Duration.ofMinutes(5);
    Await.result(store.attempts().recordFailure(sessionId, "k", window));
    Await.result(store.attempts().recordFailure(sessionId, "k", window));
    clock.advance(window);
    assertThat(Await.result(store.attempts().failures(sessionId, "k"))).isZero();
    assertThat(Await.result(store.attempts().recordFailure(sessionId, "k", window))).isEqualTo(1);
  }

  private Exam exam(String candidateId) {
    return Exam.entered(sessionId, candidateId, 30, clock.now());
  }

  private static Session session(String id) {
    return new Session(id, "Collège Jean Moulin", "1 rue de la Paix, Lyon", "Salle 12",
        "Mme Martin", LocalDate.parse("2026-11-28"), LocalTime.parse("09:00"), "ABCD12", "salt$hash");
  }

  private static Candidate candidate(String sessionId, String id) {
    return new Candidate(id, sessionId, "Lefèvre", "Zoé", LocalDate.parse("2012-03-04"), "3e B",
        "123456789AB", 0, false);
  }
}

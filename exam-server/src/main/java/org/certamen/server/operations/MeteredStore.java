package org.certamen.server.operations;

import io.vertx.core.Future;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.certamen.server.campaigns.domain.CampaignRepository;
import org.certamen.server.campaigns.domain.ParticipationRepository;
import org.certamen.server.campaigns.domain.PupilAccountRepository;
import org.certamen.server.centre.domain.CentreRepository;
import org.certamen.server.centre.domain.DirectoryRepository;
import org.certamen.server.planning.domain.CandidateRepository;
import org.certamen.server.planning.domain.SessionRepository;
import org.certamen.server.results.domain.ResultRepository;
import org.certamen.server.limits.domain.AttemptRepository;
import org.certamen.server.exam.domain.ExamRepository;
import org.certamen.server.exam.domain.PresenceRepository;
import org.certamen.server.exam.domain.TokenRepository;
import org.certamen.server.staff.domain.StaffRepository;
import org.certamen.server.roster.domain.PupilRepository;
import org.certamen.server.roster.domain.RosterEnrolmentRepository;
import org.certamen.server.shared.ExpiringSecrets;
import org.certamen.server.storage.Repositories;
import org.certamen.server.storage.Store;

/**
 * A store whose repositories are measured: the latency of every call until its future completes
 * and the calls that failed for another reason than a refusal, by repository; and the exams'
 * changes counted as the product's metrics (see {@link ExamActivity}). Each repository is wrapped
 * once, with its timer and counter looked up once, so a call allocates no tags: by a reflective
 * proxy, but the exams and the tokens, on every answer's path, by plain calls.
 */
public record MeteredStore(Store store, Repositories repositories) implements Store {

  public static MeteredStore of(Store store, ProductMetrics metrics) {
    return new MeteredStore(store, new Repositories(
        measured(CentreRepository.class, store.centres(), "centres", metrics),
        measured(DirectoryRepository.class, store.directory(), "directory", metrics),
        measured(SessionRepository.class, store.sessions(), "sessions", metrics),
        measured(CandidateRepository.class, store.candidates(), "candidates", metrics),
        new ExamActivity(new MeteredExamRepository(store.exams(),
            new StoreCallMeter("exams", metrics)), metrics),
        measured(PresenceRepository.class, store.presence(), "presence", metrics),
        new MeteredTokenRepository(store.tokens(), new StoreCallMeter("tokens", metrics)),
        measured(AttemptRepository.class, store.attempts(), "attempts", metrics),
        measured(ResultRepository.class, store.results(), "results", metrics),
        measured(StaffRepository.class, store.staff(), "staff", metrics),
        measured(PupilRepository.class, store.pupils(), "pupils", metrics),
        measured(RosterEnrolmentRepository.class, store.rosterEnrolments(), "roster-enrolments",
            metrics),
        measured(CampaignRepository.class, store.campaigns(), "campaigns", metrics),
        measured(PupilAccountRepository.class, store.pupilAccounts(), "pupil-accounts", metrics),
        measured(ParticipationRepository.class, store.participations(), "participations",
            metrics)));
  }

  private static <T> T measured(Class<T> type, T repository, String name, ProductMetrics metrics) {
    return measured(type, repository, new StoreCallMeter(name, metrics));
  }

  /** Secrets a repository hands out ({@link ExpiringSecrets}) are measured as the repository. */
  private static <T> T measured(Class<T> type, T repository, StoreCallMeter meter) {
    Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
        (self, method, args) -> {
          if (method.getDeclaringClass() == Object.class) {
            return method.invoke(repository, args);
          }
          long start = System.nanoTime();
          Object result;
          try {
            result = method.invoke(repository, args);
          } catch (InvocationTargetException e) {
            meter.thrown();
            throw e.getCause();
          }
          if (result instanceof ExpiringSecrets<?> secrets) {
            return measured(ExpiringSecrets.class, secrets, meter);
          }
          return result instanceof Future<?> future ? meter.measured(start, future) : result;
        });
    return type.cast(proxy);
  }

  @Override
  public Future<Void> close() {
    return store.close();
  }
}

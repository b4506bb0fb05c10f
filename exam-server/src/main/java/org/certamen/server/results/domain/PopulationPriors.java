package org.certamen.server.results.domain;

import io.vertx.core.Future;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.certamen.engine.estimation.PopulationPrior;
import org.certamen.engine.estimation.Prior;
import org.certamen.server.exam.domain.AbilityPriors;

/**
 * The prior matched to the candidates this platform has certified: the engine's
 * {@link PopulationPrior} over the current result of every candidate who gave at least
 * {@link ResultScoring#MIN_ANSWERS} answers, in every finalised session. Reading every result is
 * kept off the start of each test: the prior is recomputed at most every {@link #REFRESH}.
 */
public final class PopulationPriors implements AbilityPriors {
  /** The population moves slowly: a prior a few minutes old is as good as a fresh one. */
  static final Duration REFRESH = Duration.ofMinutes(10);

  private final ResultRepository results;
  private final Clock clock;
  private volatile Computed computed;

  private record Computed(Instant at, Optional<Prior> prior) {
  }

  public PopulationPriors(ResultRepository results, Clock clock) {
    this.results = results;
    this.clock = clock;
  }

  @Override
  public Future<Optional<Prior>> current() {
    Instant now = clock.instant();
    Computed last = computed;
    if (last != null && now.isBefore(last.at().plus(REFRESH))) {
      return Future.succeededFuture(last.prior());
    }
    return results.listFinalizations()
        .compose(finalizations -> Future.all(finalizations.stream()
            .map(finalization -> results.history(finalization.sessionId())).toList()))
        .map(all -> {
          PopulationPrior population = new PopulationPrior();
          for (int s = 0; s < all.size(); s++) {
            List<CertificationResult> history = all.resultAt(s);
            Map<String, CertificationResult> current = history.stream().collect(Collectors.toMap(
                CertificationResult::candidateId, Function.identity(),
                (a, b) -> a.version() >= b.version() ? a : b));
            current.values().stream()
                .filter(result -> result.basis().answeredQuestions() >= ResultScoring.MIN_ANSWERS)
                .forEach(result -> population.add(result.scoring().theta(),
                    result.scoring().standardError()));
          }
          Optional<Prior> prior = population.prior();
          computed = new Computed(now, prior);
          return prior;
        });
  }
}

package org.certamen.server.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.certamen.engine.estimation.PopulationPrior;
import org.certamen.engine.estimation.Prior;
import org.certamen.engine.framework.CompetenceFramework;
import org.certamen.engine.scoring.CompetenceLevels;
import org.certamen.engine.scoring.TestResult;
import org.certamen.server.Await;
import org.certamen.server.TestClock;
import org.certamen.server.results.domain.CertificationResult;
import org.certamen.server.results.domain.Finalization;
import org.certamen.server.results.domain.PopulationPriors;
import org.certamen.server.results.domain.ResultBasis;
import org.certamen.server.results.domain.ResultStatus;
import org.certamen.server.results.domain.Revision;
import org.certamen.server.results.domain.TestEnding;
import org.certamen.server.results.storage.InMemoryResultRepository;
import org.junit.jupiter.api.Test;

class PopulationPriorsTest {
  private final TestClock clock = new TestClock();
  private final InMemoryResultRepository results = new InMemoryResultRepository();
  private final PopulationPriors priors = new PopulationPriors(results, clock);

  @Test
  void leavesTheDesignsPriorUntilEnoughResultsExist() {
    store("s1", 0, PopulationPrior.MIN_RESULTS - 1, 1.0, 32);

    assertThat(Await.result(priors.current())).isEmpty();
  }

  @Test
  void matchesTheCurrentResultsOfFinalisedSessionsAndSkipsTestsWithTooFewAnswers() {
    // 40 candidates at θ 1.0 and 1.6 alternately (mean 1.3), SE 0.8; 10 more with 5 answers at −3.
    store("s1", 0, 40, 1.0, 32);
    store("s2", 0, 10, -3.0, 5);

    Prior prior = Await.result(priors.current()).orElseThrow();

    assertThat(prior.mean()).isCloseTo(1.3, within(1e-9));
    // Var θ̂ = 0.09 · 40/39, plus mean SE² = 0.64.
    assertThat(prior.standardDeviation())
        .isCloseTo(Math.max(1, Math.sqrt(0.09 * 40 / 39 + 0.64)), within(1e-9));
  }

  @Test
  void recomputesAtMostEveryTenMinutes() {
    store("s1", 0, 40, 1.0, 32);
    Optional<Prior> first = Await.result(priors.current());
    store("s2", 0, 40, 3.0, 32);

    assertThat(Await.result(priors.current())).isEqualTo(first);
    clock.advance(Duration.ofMinutes(10));
    assertThat(Await.result(priors.current()).orElseThrow().mean()).isGreaterThan(first.orElseThrow().mean());
  }

  /** A finalised session whose candidates alternate between θ and θ + 0.6, with SE 0.8. */
  private void store(String sessionId, int from, int count, double theta, int answers) {
    Await.result(results.saveFinalization(new Finalization(sessionId, clock.instant(), "staff", null,
        false, false, List.of(), Map.of(), null, null)));
    CompetenceLevels levels = CompetenceLevels.defaults(CompetenceFramework.crcn());
    for (int c = from; c < from + count; c++) {
      double estimate = theta + (c % 2 == 0 ? 0 : 0.6);
      ResultBasis basis = new ResultBasis("{}", answers, TestEnding.COMPLETED, false, null,
          List.of(), null, null, "P-" + sessionId + c);
      Await.result(results.append(new CertificationResult(sessionId, "c" + c, basis,
          new Revision(1, "finalization", "staff", clock.instant()), ResultStatus.VALIDATED, null,
          TestResult.of(estimate, 0.8, levels, answers))));
    }
  }
}

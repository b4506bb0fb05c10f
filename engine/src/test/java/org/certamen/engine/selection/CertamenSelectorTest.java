package org.certamen.engine.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.certamen.engine.AdaptiveRun;
import org.certamen.engine.Outcome;
import org.certamen.engine.TestBanks;
import org.certamen.engine.TestDesign;
import org.certamen.engine.bank.Item;
import org.certamen.engine.bank.ItemBank;
import org.certamen.engine.bank.ItemPool;
import org.certamen.engine.simulation.SimulationReport;
import org.certamen.engine.simulation.Population;
import org.certamen.engine.simulation.Simulator;
import org.junit.jupiter.api.Test;

class CertamenSelectorTest {
  private final ItemBank bank = TestBanks.random(40, 31);

  @Test
  void coversEveryCompetenceOneToThreeTimesWithOneItemPerTube() {
    TestDesign design = TestDesign.named(TestDesign.CERTAMEN, bank);
    SplittableRandom answers = new SplittableRandom(8);
    for (long seed = 0; seed < 200; seed++) {
      AdaptiveRun test = design.start(seed);
      Map<String, Integer> perCompetence = new HashMap<>();
      Set<String> tubes = new HashSet<>();
      while (!test.isFinished()) {
        Item item = test.currentItem().orElseThrow();
        perCompetence.merge(item.competence(), 1, Integer::sum);
        assertThat(tubes.add(item.tube())).isTrue();
        test.answer(item.id(), answers.nextBoolean() ? Outcome.CORRECT : Outcome.WRONG);
      }
      assertThat(perCompetence).hasSize(16);
      assertThat(perCompetence.values()).allSatisfy(count -> assertThat(count).isBetween(1, 3));
    }
  }

  @Test
  void keepsEveryItemsExposureAtMostAQuarterOverManyCandidates() {
    SimulationReport report = new Simulator(bank, TestDesign.CERTAMEN)
        .run(Population.STANDARD.draw(1000, 4), 4);

    assertThat(report.maxExposure()).isLessThanOrEqualTo(0.25);
    assertThat(report.minCompetencesCovered()).isEqualTo(16);
    assertThat(report.maxQuestionsPerCompetence()).isLessThanOrEqualTo(3);
  }

  @Test
  void letsTheNationalDesignsBestItemsGoFarAboveAQuarter() {
    SimulationReport report = new Simulator(bank, TestDesign.PIX_V3)
        .run(Population.STANDARD.draw(1000, 4), 4);

    assertThat(report.maxExposure()).isGreaterThan(0.4);
  }

  @Test
  void randomisesTheFirstItem() {
    Map<String, Integer> firstItems = new HashMap<>();
    int tests = 400;
    TestDesign design = TestDesign.named(TestDesign.CERTAMEN, bank);
    for (long seed = 0; seed < tests; seed++) {
      firstItems.merge(design.start(seed).currentItem().orElseThrow().id(), 1, Integer::sum);
    }

    assertThat(firstItems.size()).isGreaterThanOrEqualTo(6);
    assertThat(firstItems.values()).allSatisfy(count -> assertThat(count).isLessThan(tests / 4));
  }

  @Test
  void stillSelectsWhenEveryItemHasReachedTheCap() {
    ExposureCounter exposure = new ExposureCounter(bank.size());
    exposure.recordTestStarted();
    for (int i = 0; i < bank.size(); i++) {
      exposure.recordShown(i);
    }
    CertamenSelector selector = CertamenSelector.withDefaults(exposure);
    SelectionContext context = new SelectionContext(bank, 5, 32, 0.3, new BitSet(),
        new BitSet(), new int[16], new int[] {-1, -1}, -1,
        ItemPool.STANDARD, new SplittableRandom(1), 1);

    assertThat(selector.select(context)).isNotNegative();
  }

  @Test
  void prefersTheMostInformativeItemBelowTheCap() {
    ItemBank small = TestBanks.bank(TestBanks.item("far", "1.1", "t1", 2.0, 3),
        TestBanks.item("near", "1.1", "t2", 1.5, 0.2), TestBanks.item("weak", "1.1", "t3", 0.5, 0));
    ExposureCounter exposure = new ExposureCounter(small.size());
    for (int t = 0; t < 100; t++) {
      exposure.recordTestStarted();
    }
    CertamenSelector selector = CertamenSelector.withDefaults(exposure);
    SelectionContext context = new SelectionContext(small, 5, 32, 0, new BitSet(),
        new BitSet(), new int[16], new int[] {-1, -1}, -1, ItemPool.STANDARD,
        new SplittableRandom(1), 1);

    assertThat(selector.select(context)).isEqualTo(1);
    // Once "near" is at the cap it gives way to the next most informative item.
    for (int shown = 0; shown < 25; shown++) {
      exposure.recordShown(1);
    }
    assertThat(selector.select(context)).isEqualTo(2);
  }
}
